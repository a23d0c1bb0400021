// Completion over the real server: model clauses in context (missing first, definitions inside the
// definitions provision, numbered in the bill's style) and declaration citations after "para".
import assert from 'node:assert/strict';
import { CompletionRequest, DidChangeTextDocumentNotification, InsertTextFormat, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';
import { loadDoc, open } from './aids-helpers';

const doc = loadDoc('test/fixtures/aids/navigation-en.bill');

describe('completion (drafting aids)', function () {
  let c: TestClient;
  let version = 1;
  const edit = async (text: string) => {
    version++;
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc.uri, version }, contentChanges: [{ text }] });
    await c.diagnostics(doc.uri, version);
  };
  const complete = async (text: string, offset: number) => {
    const before = text.slice(0, offset).split('\n');
    const r = await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: doc.uri }, position: { line: before.length - 1, character: before[before.length - 1].length } });
    const items = (r as CompletionList).items;
    return items.sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? ''));
  };
  const newText = (i: CompletionItem) => (i.textEdit as TextEdit).newText;

  before(async () => {
    c = new TestClient();
    const init = await c.initialize();
    assert.ok(init.capabilities.completionProvider);
    await open(c, doc);
  });
  after(async () => { if (c) await c.shutdown(); });

  it('offers the clauses the bill lacks first, as snippets numbered after the current section', async () => {
    const text = doc.text + '\nnon';
    await edit(text);
    const items = await complete(text, text.length);
    const first = items[0];
    assert.equal(first.labelDetails?.description, 'missing');
    assert.equal(first.insertTextFormat, InsertTextFormat.Snippet);
    assert.match(newText(first), /^5\. /, 'numbered after the last section (4)');
    const privacy = items.find(i => i.label === 'Privacy and identity of victims')!;
    assert.match(newText(privacy), /^5\. Privacy and identity of victims\n\(1\) The identity of a victim/);
    assert.match(newText(privacy), /\$\{1\|in camera,in closed session\|\}/);
    assert.match((privacy.documentation as { value: string }).value, /`victim-privacy-missing`/);
    const missingRanks = items.filter(i => i.labelDetails?.description === 'missing').map(i => items.indexOf(i));
    const otherRanks = items.filter(i => i.labelDetails?.description !== 'missing').map(i => items.indexOf(i));
    assert.ok(Math.max(...missingRanks) < Math.min(...otherRanks), 'missing clauses come first');
    assert.ok(!items.some(i => i.label === 'Non-punishment of victims' && i.labelDetails?.description === 'missing' && /non-penalization-missing/.test((i.documentation as { value: string }).value)), 'the bill has a non-punishment section');
    assert.deepEqual((first.textEdit as TextEdit).range.start, { line: text.split('\n').length - 1, character: 0 });
  });

  it('inside the definitions provision, offers definitions first — the ones not yet defined before the others — without a header', async () => {
    const at = doc.text.indexOf('"victim" means');
    const text = `${doc.text.slice(0, at)}\n${doc.text.slice(at)}`;
    await edit(text);
    const items = await complete(text, at + 1);
    assert.deepEqual(items.slice(0, 4).map(i => i.label), ['Trafficking in persons', 'Position of vulnerability', 'Forced labour, slavery and servitude', 'Exploitation']);
    assert.match(newText(items[0]), /^"trafficking in persons" means the recruitment/);
    assert.ok(items.slice(0, 6).every(i => !/^\d+\./.test(newText(i))));
  });

  it('completes declaration citations after "para", fuzzily, with subjects', async () => {
    const text = doc.text.replace('(see para. 8)', '(see para vict');
    await edit(text);
    const offset = text.indexOf('para vict') + 'para vict'.length;
    const items = await complete(text, offset);
    assert.equal(items[0].label, 'A/RES/72/1, para 8');
    assert.equal(items[0].detail, 'Victims: care, access to justice, protection, non-penalization');
    assert.equal(newText(items[0]), 'A/RES/72/1, para 8');
    const start = doc.pos('(see para', 5);
    assert.deepEqual((items[0].textEdit as TextEdit).range, { start, end: { line: start.line, character: start.character + 'para vict'.length } });
    const typo = text.replace('para vict', 'para dat protectoin');
    await edit(typo);
    const t = await complete(typo, typo.indexOf('para dat protectoin') + 'para dat protectoin'.length);
    assert.equal(t[0].label, 'A/RES/72/1, para 16');
  });

  it('offers nothing in the middle of running text', async () => {
    await edit(doc.text);
    const items = await complete(doc.text, doc.text.indexOf('shall not be punished'));
    assert.deepEqual(items, []);
  });
});
