// The VS Code extension: starts the palermo language server, wires commands, and keeps a status item.
// All analysis happens in the server; this file only adapts VS Code to it.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { Status } from './status';
import { registerCommands } from './commands';
import { registerAids } from './aids';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ client: () => LanguageClient | undefined }> {
  const output = vscode.window.createOutputChannel('palermo', { log: true });
  const status = new Status();
  context.subscriptions.push(output, status);

  const start = async () => {
    client = createClient(context, output, status);
    try { await client.start(); } catch (e) {
      status.set('stopped', `The palermo server could not start: ${(e as Error).message}`);
      output.appendLine(`palermo: server failed to start: ${(e as Error).stack ?? e}`);
    }
  };
  const restart = async () => {
    status.set('restarting', 'Restarting the palermo language server…');
    const old = client;
    client = undefined;
    if (old) { try { await old.stop(); } catch { /* it may already be dead: that is why we restart */ } }
    await start();
  };

  registerCommands(context, { restart, output, status, client: () => client });
  registerAids(context);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(e => {
    if (e.affectsConfiguration('palermo.languages')) void restart();
  }));
  await start();
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
