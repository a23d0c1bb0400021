// The built language server over stdio, driven as an editor drives it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, HoverRequest,
  DiagnosticSeverity, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';
import { TestClient } from './lsp-client';

const billPath = path.join(ROOT, 'examples', 'draft-bill-en.bill');
const text = fs.readFileSync(billPath, 'utf8');
const uri = pathToFileURL(billPath).href;
const pos = (needle: string, delta = 1) => {
  const i = text.indexOf(needle);
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + delta };
};

describe('language server over stdio', function () {
  let c: TestClient;
  before(async () => {
    c = new TestClient();
    const init = await c.initialize();
    assert.equal(init.capabilities.hoverProvider, true);
    assert.deepEqual((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
    assert.equal(init.serverInfo?.name, 'palermo-language-server');
  });
  after(async () => { if (c) assert.equal(await c.shutdown(), 0); });

  it('publishes diagnostics with code, source, docs link and related information on open', async () => {
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bill', version: 1, text } });
    const diags = await c.diagnostics(uri, 1);
    const transfer = diags.find(d => d.code === 'act-transfer-missing');
    assert.ok(transfer, diags.map(d => d.code).join(', '));
    assert.equal(transfer.source, 'palermo');
    assert.equal(transfer.severity, DiagnosticSeverity.Error);
    assert.equal(transfer.range.start.line, pos('recruits, transports').line);
    assert.ok(transfer.codeDescription?.href.endsWith('/docs/rules/act-transfer-missing.md'));
    assert.ok(fs.existsSync(new URL(transfer.codeDescription!.href)), 'the docs link points at a real file');
    assert.ok(transfer.relatedInformation?.some(r => r.location.uri === uri && r.location.range.start.line === pos('recruits').line));
    assert.ok(diags.some(d => d.code === 'non-penalization-missing' && d.severity === DiagnosticSeverity.Warning));
  });

  it('hovers a recognised element term with para 7 quoted and the term emphasised', async () => {
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: pos('recruits, transports') });
    assert.ok(h);
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /A\/RES\/72\/1, para 7/);
    assert.match(md, /\*\*recruitment\*\*/);
    assert.deepEqual(h.range, { start: pos('recruits, transports', 0), end: pos('recruits, transports', 8) });
  });

  it('re-analyses after incremental edits: adding "transfers" removes the finding', async () => {
    const p = pos('transports or receives', 'transports'.length);
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: p, end: p }, text: ', transfers' }],
    });
    const diags = await c.diagnostics(uri, 2);
    assert.ok(!diags.some(d => d.code === 'act-transfer-missing'));
    assert.ok(diags.some(d => d.code === 'act-harbouring-missing'));
  });

  it('drops superseded versions when edits arrive faster than the debounce', async () => {
    const p = pos('PART III');
    for (let v = 3; v <= 12; v++) {
      await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: [{ range: { start: p, end: p }, text: 'x' }] });
    }
    const diags = await c.diagnostics(uri, 12);
    assert.ok(diags.length > 0);
  });

  it('clears diagnostics on close and survives unknown documents', async () => {
    c.clearDiagnostics();
    await c.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    assert.deepEqual(await c.diagnostics(uri), []);
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere.bill' }, position: { line: 0, character: 0 } });
    assert.equal(h, null);
  });
});
