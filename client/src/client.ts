// Starting and restarting the language client. The server is the bundled dist/server.js run over Node IPC;
// the documents it attaches to come from the `palermo.languages` setting.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, State, TransportKind,
  type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import type { Status } from './status';

export function languagesSetting(): string[] {
  const l = vscode.workspace.getConfiguration('palermo').get<string[]>('languages');
  return Array.isArray(l) && l.length ? l : ['bill', 'markdown', 'plaintext'];
}

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, status: Status): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const languages = languagesSetting();
  let restarts = 0;
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap(language => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.palermo.json') },
    initializationOptions: { languages },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      // Restart after a crash, but not in a loop: after 4 crashes the user restarts by command. `handled`: the
      // status item reports it, so the client logs the close to the output instead of a notification.
      closed: () => {
        restarts++;
        if (restarts <= 4) { status.set('restarting', `The palermo server stopped unexpectedly; restarting it (${restarts}/4).`); return { action: CloseAction.Restart, message: 'The palermo server stopped; restarting it.', handled: true }; }
        status.set('stopped', 'The palermo server keeps stopping. Run "palermo: Restart language server" after checking the output.');
        return { action: CloseAction.DoNotRestart, message: 'The palermo server stopped too often; not restarting it.', handled: true };
      },
    },
  };
  const client = new LanguageClient('palermo', 'palermo', serverOptions, clientOptions);
  client.onDidChangeState(e => {
    if (e.newState === State.Running) status.set(restarts ? 'restarted' : 'ready', restarts ? `palermo restarted after a crash (${restarts}).` : 'Checking bills against A/RES/72/1.');
    else if (e.newState === State.Starting) status.set('starting', 'Starting the palermo language server…');
  });
  return client;
}
