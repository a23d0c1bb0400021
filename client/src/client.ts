// Starting and restarting the language client. The server is the bundled dist/server.js run over Node IPC;
// the documents it attaches to come from the `palermo.languages` setting.

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, RevealOutputChannelOn, State, TransportKind,
  type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import type { Status } from './status';
import serverFlags from './serverFlags.json';

export function languagesSetting(): string[] {
  const l = vscode.workspace.getConfiguration('palermo').get<string[]>('languages');
  return Array.isArray(l) && l.length ? l : ['bill', 'markdown', 'plaintext'];
}

/**
 * The server's Node/V8 flags (serverFlags.json; bench/lsp.mjs and the memory protocol test start the server
 * with the same ones, so what is measured is what VS Code runs). They keep its memory down with large bills:
 * - --expose-gc: lets the server collect its garbage once idle after analysing megabytes (server/src/lsp/idleGc.ts);
 *   without it, the heap stays at the peak of the last burst of analyses.
 * - --max-semi-space-size=8: a young generation of 2 × 8 MB instead of V8's 2 × 16 MB; an analysis of a 1 MB bill
 *   fills the larger one, which then stays committed (about 16 MB of resident memory for nothing).
 */
export const SERVER_EXEC_ARGV: string[] = serverFlags.execArgv;

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, status: Status): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'] } },
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
