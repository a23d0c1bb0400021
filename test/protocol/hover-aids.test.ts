// Hovers over the real server: citations, cross-references, defined terms, diagnostics and training mode.
import assert from 'node:assert/strict';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { TestClient } from './lsp-client';
import { loadDoc, md, open } from './aids-helpers';

const doc = loadDoc('test/fixtures/aids/navigation-en.bill');

describe('hovers (drafting aids)', function () {
  let c: TestClient;
  const hover = async (needle: string, delta = 1, from?: string) =>
    c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: doc.pos(needle, delta, from) });
  before(async () => { c = new TestClient(); await c.initialize(); await open(c, doc); });
  after(async () => { if (c) await c.shutdown(); });

  it('a declaration citation quotes the paragraph, emphasises shared words, names its subject and Protocol article', async () => {
    const h = await hover('A/RES/72/1, para 7', 3);
    const v = md(h);
    assert.match(v, /A\/RES\/72\/1, para 7 — \*\*Definition of trafficking in persons/);
    assert.match(v, /\*\*purpose of exploitation\*\*/i);
    assert.match(v, /Protocol, art\. 3\*\* — Use of terms/);
    assert.deepEqual(h!.range!.start, doc.pos('A/RES/72/1, para 7', 0));
    assert.deepEqual(h!.range!.end, doc.pos('A/RES/72/1, para 7', 'A/RES/72/1, para 7'.length));
  });

  it('a bare "para. 8" citation shows paragraph 8 and its Protocol articles', async () => {
    const v = md(await hover('para. 8', 2));
    assert.match(v, /para 8 — \*\*Victims: care, access to justice/);
    assert.match(v, /Protocol, art\. 6\*\* — Assistance to and protection of victims/);
    assert.match(v, /Protocol, art\. 7\*\* — Status of victims/);
  });

  it('a Protocol citation shows the article summary, not a cross-reference to section 3', async () => {
    const v = md(await hover('Protocol, art. 3', 12));
    assert.match(v, /Protocol citation/);
    assert.match(v, /art\. 3\*\* — Use of terms/);
    assert.doesNotMatch(v, /Section 3 — Trafficking/);
  });

  it('a cross-reference shows the text of the provision it points to', async () => {
    const h = await hover('section 3 has been committed', 3);
    const v = md(h);
    assert.match(v, /Section 3 — Trafficking in persons/);
    assert.match(v, /> \(1\) A person who recruits, transports/);
    assert.deepEqual(h!.range, { start: doc.pos('section 3 has been', 0), end: doc.pos('section 3 has been', 9) });
  });

  it('a sub-provision reference shows that sub-provision', async () => {
    const v = md(await hover('subsection (1)', 3));
    assert.match(v, /Section 3\(1\)/);
    assert.match(v, /recruits, transports/);
    assert.doesNotMatch(v, /liable to imprisonment/);
  });

  it('a cross-reference to a missing provision says so', async () => {
    const v = md(await hover('section 9', 2));
    assert.match(v, /section 9 — no such provision in this bill/);
  });

  it('a defined term, where it is used, shows its definition, use count and the Protocol article', async () => {
    const h = await hover('child, subsection', 2);
    const v = md(h);
    assert.match(v, /defined term \*\*child\*\* — defined in Section 2/);
    assert.match(v, /used 1 time\b/);
    assert.match(v, /under the age of eighteen years/);
    assert.match(v, /Protocol, art\. 3\(d\)\*\* — Child defined/);
    assert.deepEqual(h!.range, { start: doc.pos('child, subsection', 0), end: doc.pos('child, subsection', 5) });
  });

  it('a diagnostic hover explains the rule, quotes its paragraphs and relates Protocol articles', async () => {
    const diags = await c.diagnostics(doc.uri, 1);
    const d = diags.find(x => x.code === 'victim-privacy-missing')!;
    const v = md(await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: d.range.start }));
    assert.match(v, /`victim-privacy-missing`/);
    assert.match(v, /A\/RES\/72\/1, para 8\*/);
    assert.match(v, /Protocol, art\. 6\(1\)\*\* — Privacy and identity/);
    assert.doesNotMatch(v, /In plain language/);
  });

  it('an element term hover relates Protocol art. 3(a); no plain-language text outside training mode', async () => {
    const v = md(await hover('recruits, transports'));
    assert.match(v, /recognised act: \*\*recruitment\*\*/);
    assert.match(v, /Protocol, art\. 3\(a\)\*\* — Definition of trafficking/);
    assert.doesNotMatch(v, /In plain language/);
  });

  describe('training mode', () => {
    let t: TestClient;
    before(async () => { t = new TestClient(); await t.initialize({ settings: { trainingMode: true } }); await open(t, doc); });
    after(async () => { if (t) await t.shutdown(); });

    it('explains each element in plain language with an example', async () => {
      const v = md(await t.conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: doc.pos('harbours') }));
      assert.match(v, /recognised act: \*\*harbouring\*\*/);
      assert.match(v, /\*\*In plain language\.\*\* Harbouring catches/);
      assert.match(v, /Example: "harbours"/);
    });

    it('explains diagnostics in plain language too', async () => {
      const diags = await t.diagnostics(doc.uri, 1);
      const d = diags.find(x => x.code === 'victim-compensation-missing')!;
      const v = md(await t.conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc.uri }, position: d.range.start }));
      assert.match(v, /\*\*In plain language\.\*\* Compensation — from the offender/);
    });
  });
});
