// What the standalone server promises, so a UI test can check that VS Code did exactly that: the diagnostics
// of a bill and the text a quick fix produces (its edits applied to the file's text).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, PublishDiagnosticsNotification, CodeActionRequest, ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** promised(server, file, codes) → { diagnostics, fixes: { [code]: { title, text } } } for the file as it is on disk. */
export async function promised(server, file, codes) {
  const proc = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, 'utf8');
  const published = new Promise(res => conn.onNotification(PublishDiagnosticsNotification.type, p => { if (p.uri === uri) res(p.diagnostics); }));
  conn.listen();
  try {
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    await conn.sendNotification(InitializedNotification.type, {});
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bill', version: 1, text } });
    const diagnostics = await published;
    const fixes = {};
    for (const code of codes) {
      const d = diagnostics.find(x => x.code === code);
      if (!d) continue;
      const actions = await conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const a = actions.find(x => x.edit && x.diagnostics?.some(y => y.code === code));
      if (!a) continue;
      const edits = (a.edit.documentChanges ?? []).flatMap(dc => dc.edits ?? []).concat(a.edit.changes?.[uri] ?? []);
      fixes[code] = { title: a.title, text: TextDocument.applyEdits(TextDocument.create(uri, 'bill', 1, text), edits) };
    }
    return { diagnostics, fixes };
  } finally {
    await conn.sendRequest(ShutdownRequest.type).catch(() => {});
    await conn.sendNotification(ExitNotification.type).catch(() => {});
    conn.dispose();
    proc.kill();
  }
}
