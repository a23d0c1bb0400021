// Commands contributed in package.json. Each is a thin call into the server or the editor.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Status } from './status';

export interface CommandDeps {
  restart: () => Promise<void>;
  output: vscode.LogOutputChannel;
  client: () => LanguageClient | undefined;
  status: Status;
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const reg = (id: string, fn: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('palermo.restartServer', () => deps.restart());
  // Internal (not contributed in package.json, so not in the palette): the server's pid and what the status
  // item says, for the e2e suite that kills the server and checks the client restarted it and reported so.
  reg('palermo.serverInfo', () => {
    const c = deps.client();
    return { pid: c?.serverProcess?.pid, running: c?.isRunning() ?? false, state: deps.status.state, text: deps.status.text, detail: deps.status.detail };
  });
  reg('palermo.showOutput', () => deps.output.show(true));
  reg('palermo.openRuleDocs', async (code?: unknown) => {
    const c = typeof code === 'string' ? code : await vscode.window.showInputBox({ prompt: 'Rule code, e.g. act-harbouring-missing' });
    if (!c) return;
    const uri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${c}.md`);
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  });
}
