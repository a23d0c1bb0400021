// Navigation over the real server: outline, folding, go to definition, references, CodeLens, and the
// proofreading diagnostics with their quick fixes (code actions).
import assert from 'node:assert/strict';
import {
  CodeActionRequest, CodeLensRequest, DefinitionRequest, DidChangeTextDocumentNotification, DocumentSymbolRequest,
  FoldingRangeRequest, ReferencesRequest, type DocumentSymbol, type Location,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';
import { loadDoc, open } from './aids-helpers';

const doc = loadDoc('test/fixtures/aids/navigation-en.bill');
const lineOf = (needle: string) => doc.pos(needle, 0).line;

describe('navigation and proofreading (drafting aids)', function () {
  let c: TestClient;
  before(async () => {
    c = new TestClient();
    const init = await c.initialize();
    const caps = init.capabilities;
    assert.ok(caps.documentSymbolProvider && caps.foldingRangeProvider && caps.definitionProvider && caps.referencesProvider && caps.codeLensProvider);
    await open(c, doc);
  });
  after(async () => { if (c) await c.shutdown(); });

  it('outlines parts, sections and definitions as a tree with headings', async () => {
    const syms = await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: doc.uri } }) as DocumentSymbol[];
    assert.deepEqual(syms.map(s => `${s.name}|${s.detail}`), ['PART I|PRELIMINARY', 'PART II|OFFENCES', 'PART III|PROTECTION OF VICTIMS']);
    assert.deepEqual(syms[0].children!.map(s => `${s.name}|${s.detail}`), ['Section 1|Short title', 'Section 2|Interpretation']);
    assert.deepEqual(syms[0].children![1].children!.map(s => s.name), ['“child”', '“exploitation”', '“inspector”', '“victim”']);
    assert.deepEqual(syms[1].children![0].children!.map(s => s.name), ['(1)', '(2)', '(3)']);
    const sec3 = syms[1].children![0];
    assert.equal(sec3.selectionRange.start.line, lineOf('3. Trafficking in persons'));
    assert.equal(sec3.range.end.line, lineOf('(3) A person convicted'));
  });

  it('folds each provision from its header to its last line', async () => {
    const folds = await c.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: doc.uri } });
    const has = (a: number, b: number) => folds!.some(f => f.startLine === a && f.endLine === b);
    assert.ok(has(lineOf('2. Interpretation'), lineOf('"victim" means')), 'section 2');
    assert.ok(has(lineOf('3. Trafficking in persons'), lineOf('(3) A person convicted')), 'section 3');
    assert.ok(has(lineOf('PART II'), lineOf('(3) A person convicted')), 'part II');
    assert.ok(!folds!.some(f => f.startLine === lineOf('1. Short title') && f.endLine > lineOf('This Act may be cited')));
  });

  it('goes from a cross-reference to the provision and from a term to its definition', async () => {
    const loc = await c.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: doc.uri }, position: doc.pos('section 3 has been', 3) }) as Location[];
    assert.equal(loc.length, 1);
    assert.deepEqual(loc[0].range.start, { line: lineOf('3. Trafficking in persons'), character: 0 });
    const sub = await c.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: doc.uri }, position: doc.pos('subsection (1)', 3) }) as Location[];
    assert.equal(sub[0].range.start.line, lineOf('(1) A person who recruits'));
    const term = await c.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: doc.uri }, position: doc.pos('child, subsection', 2) }) as Location[];
    assert.deepEqual(term[0].range, { start: doc.pos('child" means', 0), end: doc.pos('child" means', 5) });
    assert.deepEqual(await c.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: doc.uri }, position: doc.pos('section 9', 2) }), []);
  });

  it('finds every use of a defined term, plurals included, with or without its definition', async () => {
    const refs = await c.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri: doc.uri }, position: doc.pos('victim" means', 1), context: { includeDeclaration: false } }) as Location[];
    assert.deepEqual(refs.map(r => r.range.start.line), [lineOf('(2) The consent'), lineOf('(3) A person convicted'), lineOf('PART III'), lineOf('A victim shall not'), lineOf('The Minister shall')]);
    const withDecl = await c.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri: doc.uri }, position: doc.pos('every victim', 7), context: { includeDeclaration: true } }) as Location[];
    assert.equal(withDecl.length, 6);
    assert.equal(withDecl[0].range.start.line, lineOf('"victim" means'));
  });

  it('shows a CodeLens on the offence summarising act, means and purpose coverage', async () => {
    const lenses = await c.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: doc.uri } });
    assert.equal(lenses!.length, 1);
    assert.equal(lenses![0].command!.title, 'palermo: act 5/5 · means 5/9 · purpose 5/7');
    assert.equal(lenses![0].command!.command, 'palermo.showDefinitionGaps');
    assert.deepEqual(lenses![0].command!.arguments![0], ['means.other_coercion', 'means.abuse_of_power', 'means.abuse_of_vulnerability', 'means.payments_or_benefits', 'purpose.other_sexual_exploitation', 'purpose.practices_similar_to_slavery']);
  });

  it('reports broken cross-references, duplicate numbers, unused and undefined terms at their exact places', async () => {
    const diags = await c.diagnostics(doc.uri, 1);
    const at = (code: string) => diags.filter(d => d.code === code).map(d => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);
    const p = (needle: string, len: number) => { const s = doc.pos(needle, 0); return `${s.line}:${s.character}-${s.character + len}`; };
    assert.deepEqual(at('crossref-broken'), [p('subsection (5)', 14), p('section 9', 9)]);
    assert.deepEqual(at('section-number-duplicate'), [p('4. Assistance', 13)]);
    assert.deepEqual(at('term-defined-unused'), [p('inspector" means', 9)]);
    assert.deepEqual(at('term-used-undefined'), [p('Fund shall', 4)]);
    const dup = diags.find(d => d.code === 'section-number-duplicate')!;
    assert.equal(dup.relatedInformation![0].location.range.start.line, lineOf('4. Non-punishment'));
    assert.equal(diags.find(d => d.code === 'crossref-broken')!.severity, 2);
    assert.equal(diags.find(d => d.code === 'term-defined-unused')!.severity, 3);
  });

  it('offers "did you mean" quick fixes for misspelt element terms, and applying one clears the finding', async () => {
    const misspelt = doc.text.replace('harbours', 'harbourng').replace('servitude', 'servitud');
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc.uri, version: 2 }, contentChanges: [{ text: misspelt }] });
    const diags = await c.diagnostics(doc.uri, 2);
    const typos = diags.filter(d => d.code === 'element-term-misspelt');
    assert.deepEqual(typos.map(d => d.range.start.line).sort((a, b) => a - b), [lineOf('"exploitation" includes'), lineOf('(1) A person who recruits')]);
    const harb = typos.find(d => d.range.start.line === lineOf('(1) A person who recruits'))!;
    assert.equal(harb.severity, 2);
    const actions = await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: doc.uri }, range: harb.range, context: { diagnostics: [harb] } });
    assert.equal(actions!.length, 1);
    const act = actions![0] as { title: string; isPreferred?: boolean; edit: { documentChanges: { edits: { range: typeof harb.range; newText: string }[] }[] } };
    assert.equal(act.title, 'Did you mean "harbouring"?');
    assert.equal(act.isPreferred, true);
    const edit = act.edit.documentChanges[0].edits[0];
    assert.deepEqual(edit.range, harb.range);
    assert.equal(edit.newText, 'harbouring');
    assert.ok(diags.some(d => d.code === 'act-harbouring-missing'));
    await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc.uri, version: 3 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
    const after = await c.diagnostics(doc.uri, 3);
    assert.ok(!after.some(d => d.code === 'element-term-misspelt' && d.range.start.line === harb.range.start.line));
    assert.ok(!after.some(d => d.code === 'act-harbouring-missing'));
  });
});
