// Quick fixes over the real server: the code action for a missing element edits the bill's enumeration, and
// after the edit is applied the server no longer reports that element.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  type CodeAction, type TextDocumentEdit, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';
import { TestClient } from './lsp-client';

const billPath = path.join(ROOT, 'examples', 'draft-bill-en.bill');
const text = fs.readFileSync(billPath, 'utf8');
const uri = pathToFileURL(billPath).href + '#code-actions';

function offsetAt(t: string, line: number, character: number): number {
  const lines = t.split('\n');
  let o = 0;
  for (let i = 0; i < line; i++) o += lines[i].length + 1;
  return o + character;
}

describe('quick fixes over the protocol', function () {
  let c: TestClient;
  before(async () => { c = new TestClient(); await c.initialize(); });
  after(async () => { if (c) assert.equal(await c.shutdown(), 0); });

  it('offers a preferred quick fix for a missing act whose edit removes the finding', async () => {
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bill', version: 1, text } });
    const diags = await c.diagnostics(uri, 1);
    const d = diags.find(x => x.code === 'act-transfer-missing');
    assert.ok(d, diags.map(x => x.code).join(', '));
    // Each element finding carries its confidence and points at the elements that were found.
    assert.ok(['high', 'medium', 'low'].includes((d.data as { confidence?: string }).confidence ?? ''));
    assert.ok((d.relatedInformation?.length ?? 0) >= 2);
    const actions = await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    const fix = actions.find(a => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix?.edit?.documentChanges, 'a preferred quick fix with a versioned edit');
    const change = fix.edit.documentChanges[0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, 1);
    assert.equal(change.edits.length, 1);
    const e = change.edits[0] as TextEdit;
    // The edit lies on the line of the enumeration and changes nothing outside it.
    assert.equal(e.range.start.line, d.range.start.line);
    const s = offsetAt(text, e.range.start.line, e.range.start.character), t = offsetAt(text, e.range.end.line, e.range.end.character);
    const fixed = text.slice(0, s) + e.newText + text.slice(t);
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: e.range, text: e.newText }] });
    const after = await c.diagnostics(uri, 2);
    assert.ok(!after.some(x => x.code === 'act-transfer-missing'), 'the finding is gone');
    assert.ok(after.some(x => x.code === 'act-harbouring-missing'), 'other findings remain');
    assert.equal(fixed.length, text.length + e.newText.length - (t - s));
    await c.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });
});
