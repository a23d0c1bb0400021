// The status item: shows whether the server runs, and says so when it had to be restarted.

import * as vscode from 'vscode';

export type StatusState = 'starting' | 'ready' | 'restarting' | 'restarted' | 'stopped';

const ICON: Record<StatusState, string> = {
  starting: '$(sync~spin)', ready: '$(law)', restarting: '$(sync~spin)', restarted: '$(warning)', stopped: '$(error)',
};

export class Status implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  state: StatusState = 'starting';
  /** detail: the tooltip's first paragraph, kept as plain text for palermo.serverInfo. */
  detail = '';

  constructor() {
    this.item = vscode.window.createStatusBarItem('palermo.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'palermo';
    this.item.command = 'palermo.showOutput';
    this.set('starting', 'Starting the palermo language server…');
    this.item.show();
  }

  set(state: StatusState, detail: string): void {
    this.state = state;
    this.detail = detail;
    this.item.text = `${ICON[state]} palermo${state === 'ready' ? '' : `: ${state}`}`;
    const tip = new vscode.MarkdownString(`${detail}\n\n[Restart](command:palermo.restartServer) · [Output](command:palermo.showOutput) · [Search the declaration](command:palermo.searchDeclaration)`);
    tip.isTrusted = { enabledCommands: ['palermo.restartServer', 'palermo.showOutput', 'palermo.searchDeclaration'] };
    this.item.tooltip = tip;
    this.item.backgroundColor = state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground')
      : state === 'restarted' || state === 'restarting' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  get text(): string { return this.item.text; }

  dispose(): void { this.item.dispose(); }
}
