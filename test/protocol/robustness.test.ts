// The server must outlive whatever an editor (or a broken client) sends: malformed JSON-RPC frames, unknown
// methods, requests with missing or absurd parameters, edits to documents it never saw, ranges past the end.
// After each abuse it must still answer, and its process must still be alive.
import assert from 'node:assert/strict';
import {
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, HoverRequest, CompletionRequest,
  CodeActionRequest, DocumentSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;

describe('language server robustness', function () {
  this.timeout(60000);
  let c: TestClient;
  const alive = async () => {
    assert.equal(c.proc.exitCode, null, `server exited; stderr: ${c.stderr}`);
    // A request it certainly handles: hover on an unknown document answers null.
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere.bill' }, position: { line: 0, character: 0 } });
    assert.equal(h, null);
  };
  before(async () => { c = new TestClient(); await c.initialize(); });
  after(async () => { if (c) assert.equal(await c.shutdown(), 0); });

  it('survives malformed JSON-RPC messages', async () => {
    const raw = c.proc.stdin!;
    raw.write(frame('{"jsonrpc":"2.0","id":9001,"method":"textDocument/hover","params":'));
    raw.write(frame('not json at all'));
    raw.write(frame('[]'));
    raw.write(frame('{"jsonrpc":"2.0","method":42}'));
    raw.write(frame('{"jsonrpc":"2.0","id":9002,"method":"textDocument/hover","params":null}'));
    raw.write(frame('{"jsonrpc":"2.0","id":9003,"method":"textDocument/hover","params":{"textDocument":{},"position":"x"}}'));
    await new Promise(r => setTimeout(r, 300));
    await alive();
  });

  it('answers unknown methods with an error and keeps going', async () => {
    await assert.rejects(c.conn.sendRequest('palermo/noSuchMethod', {}));
    await c.conn.sendNotification('palermo/noSuchNotification', { x: 1 });
    await alive();
  });

  it('handles requests and edits for documents it never opened', async () => {
    const uri = 'file:///never-opened.bill';
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'x' }] });
    for (const [type, params] of [
      [CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }],
      [DocumentSymbolRequest.type, { textDocument: { uri } }],
      [CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }],
    ] as const) {
      try { await c.conn.sendRequest(type as never, params as never); } catch { /* an error response is fine; a crash is not */ }
    }
    await alive();
  });

  it('survives positions and ranges far outside the document, and absurd edits', async () => {
    const uri = 'file:///robust.bill';
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bill', version: 1, text: 'Section 1.\nA person who recruits commits trafficking in persons.\n' } });
    await c.diagnostics(uri, 1);
    const far = { line: 1e6, character: 1e6 };
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: far });
    assert.ok(h === null || typeof h === 'object');
    await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: -5, character: -1 } }).catch(() => undefined);
    try { await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: far }); } catch { /* error response is acceptable */ }
    try {
      await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: far, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    } catch { /* error response is acceptable */ }
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: far, end: far }, text: '\u0000\uD800' }] });
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: '\uD800'.repeat(10) + '(('.repeat(50_000) }] });
    await c.diagnostics(uri, 3);
    await alive();
  });
});
