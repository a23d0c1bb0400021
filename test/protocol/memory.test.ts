// What the server keeps in memory per document, over the protocol: a closed document's analysis is let go,
// and with more large bills open than the retention budget (lsp/retention.ts) holds, the least recently used
// lose theirs — and are analysed again, to the same diagnostics, when edited or hovered; once idle, the
// server collects its garbage.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, HoverRequest,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';
import { TestClient } from './lsp-client';
import { RETAINED_CHARS } from '../../server/src/lsp/retention';
import serverFlags from '../../client/src/serverFlags.json';

const example = fs.readFileSync(path.join(ROOT, 'examples', 'draft-bill-en.bill'), 'utf8');
/** A bill of at least `chars` characters: the example bill and a long schedule of plain lines (quick to analyse). */
function bigBill(chars: number, tag: string): string {
  // (an em dash: V8 stores the text at two bytes per character, so the server packs it when it lets the analysis go)
  const line = 'The register kept under this Schedule records the date of each entry — and the authority that made it.\n';
  return `BILL ${tag}\n${example}\nSCHEDULE\n${line.repeat(Math.ceil(chars / line.length))}`;
}

describe('server memory: what is kept per document', function () {
  this.timeout(120000);
  let c: TestClient;
  const retained = async () => (await c.conn.sendRequest('palermo/debugMemory') as { retained: string[] }).retained;
  const open = async (uri: string, text: string) => {
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bill', version: 1, text } });
    return c.diagnostics(uri, 1, 60000);
  };
  // Started as the VS Code client starts it (its Node flags enable the idle collection).
  before(async () => { c = new TestClient(['--stdio'], { PALERMO_DEBUG_MEMORY: '1' }, serverFlags.execArgv); await c.initialize(); });
  after(async () => { if (c) assert.equal(await c.shutdown(), 0); });

  it('closing a document lets its analysis go', async () => {
    await open('file:///mem/a.bill', example);
    await open('file:///mem/b.bill', example.replace('PART', 'Part'));
    assert.deepEqual((await retained()).sort(), ['file:///mem/a.bill', 'file:///mem/b.bill']);
    await c.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: 'file:///mem/a.bill' } });
    c.clearDiagnostics();
    assert.deepEqual(await c.diagnostics('file:///mem/a.bill'), []);
    assert.deepEqual(await retained(), ['file:///mem/b.bill']);
    await c.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: 'file:///mem/b.bill' } });
    assert.deepEqual(await c.diagnostics('file:///mem/b.bill'), []);
  });

  it('beyond the budget the least recently used analysis goes, and comes back the same when needed', async () => {
    const uris = [0, 1, 2, 3].map(i => `file:///mem/big-${i}.bill`);
    const texts = uris.map((_, i) => bigBill(Math.ceil(RETAINED_CHARS / 3.5), String(i)));
    const first = await open(uris[0], texts[0]);
    for (let i = 1; i < 4; i++) await open(uris[i], texts[i]);
    const kept = await retained();
    assert.ok(!kept.includes(uris[0]), `the first bill's analysis is let go: ${kept.join(' ')}`);
    assert.ok(kept.includes(uris[3]));
    const packed = (await c.conn.sendRequest('palermo/debugMemory') as { packed: string[] }).packed;
    assert.ok(packed.includes(uris[0]) && !packed.includes(uris[3]), `its text is packed: ${packed.join(' ')}`);
    // A hover on it analyses it again (the hover names the element under the cursor as before).
    const at = texts[0].indexOf('recruits');
    const line = texts[0].slice(0, at).split('\n').length - 1, character = at - (texts[0].lastIndexOf('\n', at) + 1) + 2;
    const hover = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: uris[0] }, position: { line, character } });
    assert.ok(hover, 'hover on a document whose analysis was let go');
    assert.equal((await retained()).at(-1), uris[0]);
    // An edit that types and deletes a character: the diagnostics are those of the first analysis.
    const pos = { line, character };
    c.clearDiagnostics();
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uris[0], version: 2 }, contentChanges: [{ range: { start: pos, end: pos }, text: 'x' }] });
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: uris[0], version: 3 }, contentChanges: [{ range: { start: pos, end: { line, character: character + 1 } }, text: '' }] });
    // (the diagnostics' data name the document version they were computed for; that is all that differs)
    const unversioned = (d: unknown) => JSON.parse(JSON.stringify(d).replace(/"version":\d+/g, '"version":0'));
    assert.deepEqual(unversioned(await c.diagnostics(uris[0], 3, 60000)), unversioned(first));
    for (const uri of uris) await c.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  it('collects garbage once idle after analysing megabytes (lsp/idleGc.ts)', async () => {
    const collections = async () => (await c.conn.sendRequest('palermo/debugMemory') as { collections: number }).collections;
    for (let i = 0; i < 100 && await collections() === 0; i++) await new Promise(r => setTimeout(r, 100));
    assert.ok(await collections() >= 1);
  });
});
