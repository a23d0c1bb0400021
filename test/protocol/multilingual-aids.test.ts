// Drafting aids in French and in Markdown over the real server: citations, cross-references, defined terms,
// outline and clause completion in the bill's language and numbering.
import assert from 'node:assert/strict';
import {
  CompletionRequest, DidOpenTextDocumentNotification, DocumentSymbolRequest, HoverRequest,
  type CompletionList, type DocumentSymbol, type MarkupContent, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';

const FR = [
  'PROJET DE LOI RELATIF À LA TRAITE DES PERSONNES',
  '',
  'TITRE I – DISPOSITIONS GÉNÉRALES',
  '',
  'Article 1 – Définitions',
  'Au sens de la présente loi, on entend par :',
  '1° « enfant » : toute personne âgée de moins de dix-huit ans ;',
  '',
  'Article 2 – Traite des personnes',
  'Constitue la traite des personnes le fait de recruter, de transporter ou d\'héberger une personne, par la menace ou par la tromperie, aux fins d\'exploitation.',
  'Lorsque la victime est un enfant, les peines prévues à l\'article 3 sont applicables.',
  '',
  'Article 3 – Peines',
  'La traite des personnes est punie de dix ans d\'emprisonnement, et de quinze ans lorsqu\'elle est commise à l\'égard d\'un enfant (paragraphe 19 de la déclaration).',
  '',
].join('\n');

const MD = [
  '# Trafficking in Persons Bill',
  '',
  '## Section 1 — Interpretation',
  '',
  '"victim" means a person who has suffered harm as a result of trafficking in persons;',
  '',
  '## Section 2 — Non-punishment',
  '',
  'A victim shall not be punished for an offence committed as a direct consequence of being trafficked (Declaration ¶8).',
  '',
].join('\n');

const posOf = (text: string, needle: string, delta = 1) => {
  const before = text.slice(0, text.indexOf(needle) + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
};

describe('drafting aids in French and in Markdown', function () {
  let c: TestClient;
  const fr = 'file:///tmp/palermo-aids/projet.bill', md = 'file:///tmp/palermo-aids/bill.md';
  const hover = async (uri: string, text: string, needle: string, delta = 2) =>
    ((await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: posOf(text, needle, delta) }))?.contents as MarkupContent | undefined)?.value ?? '';

  before(async () => {
    c = new TestClient();
    await c.initialize();
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: fr, languageId: 'bill', version: 1, text: FR } });
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: md, languageId: 'markdown', version: 1, text: MD } });
    await c.diagnostics(fr, 1); await c.diagnostics(md, 1);
  });
  after(async () => { if (c) await c.shutdown(); });

  it('French: a citation "paragraphe 19 de la déclaration" quotes paragraph 19', async () => {
    assert.match(await hover(fr, FR, 'paragraphe 19'), /A\/RES\/72\/1, para 19 — \*\*Women and children/);
  });

  it('French: "l\'article 3" shows Article 3, and « enfant » where used shows its definition', async () => {
    const v = await hover(fr, FR, 'article 3 sont');
    assert.match(v, /Article 3 — Peines/);
    assert.match(v, /punie de dix ans/);
    const t = await hover(fr, FR, 'enfant, les peines', 1);
    assert.match(t, /defined term \*\*enfant\*\*/);
    assert.match(t, /moins de dix-huit ans/);
    assert.match(t, /Protocol, art\. 3\(d\)/);
  });

  it('French: clause completion offers French clauses numbered as articles', async () => {
    const end = { line: FR.split('\n').length - 1, character: 0 };
    const r = await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: fr }, position: end }) as CompletionList;
    const items = r.items.sort((x, y) => (x.sortText ?? '').localeCompare(y.sortText ?? ''));
    const np = items.find(i => i.label === 'Non-sanction des victimes')!;
    assert.ok(np, items.map(i => i.label).join(', '));
    assert.equal(np.labelDetails?.description, 'missing');
    assert.match((np.textEdit as TextEdit).newText, /^Article 4 – Non-sanction des victimes\nUne victime de la traite des personnes ne peut être arrêtée/);
  });

  it('Markdown: outline from headings, and a "Declaration ¶8" citation hover at the right place', async () => {
    const syms = await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: md } }) as DocumentSymbol[];
    const names = JSON.stringify(syms.map(s => [s.name, (s.children ?? []).map(x => x.name)]));
    assert.match(names, /Section 1/);
    assert.match(names, /Section 2/);
    const v = await hover(md, MD, 'Declaration ¶8', 3);
    assert.match(v, /A\/RES\/72\/1, para 8 — \*\*Victims/);
    assert.match(v, /\*\*non-penalization\*\*|\*\*victims\*\*/i);
  });
});
