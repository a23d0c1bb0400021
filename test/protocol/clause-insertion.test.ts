// The model-clause quick fix over the real server: the code action for a missing safeguard inserts a new
// section (a pure insertion, numbered in the bill's style), and after the edit the finding is gone.
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
const uri = pathToFileURL(billPath).href + '#clause-insertion';

describe('model-clause insertion over the protocol', function () {
  let c: TestClient;
  before(async () => { c = new TestClient(); await c.initialize(); });
  after(async () => { if (c) assert.equal(await c.shutdown(), 0); });

  it('inserts the non-penalization clause as a new section and the finding disappears', async () => {
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bill', version: 1, text } });
    const diags = await c.diagnostics(uri, 1);
    const d = diags.find(x => x.code === 'non-penalization-missing');
    assert.ok(d, diags.map(x => x.code).join(', '));
    const actions = await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    const fix = actions.find(a => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix?.edit?.documentChanges);
    const e = (fix.edit.documentChanges[0] as TextDocumentEdit).edits[0] as TextEdit;
    assert.deepEqual(e.range.start, e.range.end, 'a pure insertion');
    assert.match(e.newText, /\n5\. /, 'numbered after section 4, in the bill\'s "N." style');
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: e.range, text: e.newText }] });
    const after = await c.diagnostics(uri, 2);
    assert.ok(!after.some(x => x.code === 'non-penalization-missing'), 'the finding is gone');
    assert.ok(after.some(x => x.code === 'act-transfer-missing'), 'other findings remain');
    await c.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });
});
