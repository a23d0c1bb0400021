// Element quick fixes: each edit writes the missing element into the bill's own enumeration, in its form and
// list style; after applying it and re-analysing, that finding is gone, the rest of the text is unchanged and
// no other definition finding appears.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { analyze, type Analysis } from '../../server/src/core/analysis';
import { formatFor } from '../../server/src/core/formats/view';
import type { Finding } from '../../server/src/core/types';
import { fixture, ROOT } from '../helpers';
import path from 'node:path';

function apply(text: string, f: Finding): string {
  const [e] = f.fixes![0].edits;
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}
// The element gaps: a fix must not open a new one (advice it prompts, such as defining the added term, is fine).
const defCodes = (a: Analysis) => new Set(a.findings.filter(f => /^(act|means|purpose)-[a-z-]+-missing$/.test(f.code)).map(f => f.code));

function checkAll(file: string): number {
  const text = fs.readFileSync(file, 'utf8');
  const opts = { format: formatFor(file, text) };
  const a = analyze(text, opts);
  const before = defCodes(a);
  let n = 0;
  // Element fixes only: clause insertions (safeguards lane) have their own tests.
  for (const f of a.findings.filter(x => x.fixes?.length && /^(act|means|purpose)-/.test(x.code))) {
    const [e] = f.fixes![0].edits;
    assert.equal(f.fixes![0].edits.length, 1, `${f.code}: one edit`);
    // The edit stays inside the enumeration the finding is anchored on, or right at its edges.
    const enumEnd = Math.max(f.span.end, e.end);
    assert.ok(e.start >= f.span.start - 1 && e.end <= enumEnd, `${f.code}: edit inside the enumeration`);
    // Nothing is lost: every word the edit replaces is in its new text (a tail rewrite only moves the conjunction).
    const words = (s: string) => s.split(/[^\p{L}]+/u).filter(Boolean);
    const pool = words(e.newText);
    for (const w of words(text.slice(e.start, e.end))) {
      const k = pool.indexOf(w);
      assert.ok(k >= 0, `${f.code}: keeps "${w}"`);
      pool.splice(k, 1);
    }
    const fixed = apply(text, f);
    const b = analyze(fixed, opts);
    assert.ok(!b.findings.some(x => x.code === f.code), `${f.code}: finding gone after the fix`);
    for (const c of defCodes(b)) assert.ok(before.has(c), `${f.code}: fix introduced ${c}`);
    n++;
  }
  return n;
}

describe('element quick fixes', () => {
  it('adds a missing act in the bill\'s own verb form and list style', () => {
    const text = 'BILL\n\n1. Trafficking in persons\n(1) A person who recruits, transports, harbours or receives another person by means of force or deception for the purpose of exploitation commits the offence of trafficking in persons.\n';
    const a = analyze(text);
    const f = a.findings.find(x => x.code === 'act-transfer-missing')!;
    assert.ok(f.fixes?.length, 'a fix is offered');
    assert.ok(apply(text, f).includes('recruits, transports, transfers, harbours or receives another person'));
  });
  it('extends the tail of a list: "recruits, transports or harbours" + receipt', () => {
    const text = 'BILL\n\n1. Trafficking in persons\n(1) A person who recruits, transports, transfers or harbours another person by means of force for the purpose of exploitation commits the offence of trafficking in persons.\n';
    const f = analyze(text).findings.find(x => x.code === 'act-receipt-missing')!;
    assert.ok(apply(text, f).includes('recruits, transports, transfers, harbours or receives another person'));
  });
  it('uses the noun form in a noun list ("the recruitment, transportation … of persons")', () => {
    const text = 'BILL\n\n1. Interpretation\n"trafficking in persons" means the recruitment, transportation, harbouring or receipt of persons by means of force or deception for the purpose of exploitation.\n\n2. Offence\nA person who engages in trafficking in persons commits an offence.\n';
    const f = analyze(text).findings.find(x => x.code === 'act-transfer-missing')!;
    assert.ok(f?.fixes?.length, 'a fix is offered');
    assert.ok(apply(text, f).includes('the recruitment, transportation, transfer, harbouring or receipt of persons'));
  });
  it('Spanish subjunctive and French infinitive lists keep their form', () => {
    const es = 'PROYECTO\n\nArtículo 1. Trata de personas\nComete el delito de trata de personas quien capte, transporte, traslade o acoja a una persona, mediante violencia o engaño, con fines de explotación, y será castigado con prisión.\n';
    const fe = analyze(es).findings.find(x => x.code === 'act-receipt-missing')!;
    assert.ok(apply(es, fe).includes('capte, transporte, traslade, acoja o reciba a una persona'));
    const fr = "PROJET\n\nArticle 1\nLa traite des personnes est le fait de recruter, de transporter, de transférer ou d'héberger une personne, par la menace ou la tromperie, à des fins d'exploitation. Elle est punie de dix ans d'emprisonnement.\n";
    const ff = analyze(fr).findings.find(x => x.code === 'act-receipt-missing')!;
    assert.ok(apply(fr, ff).includes("de recruter, de transporter, de transférer, d'héberger ou d'accueillir une personne"));
  });
  it('adds a means to a lettered list by joining an item, without renumbering', () => {
    const text = 'BILL\n\n1. Trafficking in persons\n(1) A person commits the offence of trafficking in persons if the person recruits, transports, transfers, harbours or receives another person by means of—\n(a) the threat or use of force;\n(b) abduction;\n(c) fraud or deception; or\n(d) the abuse of power,\nfor the purpose of exploitation.\n';
    const f = analyze(text).findings.find(x => x.code === 'means-coercion-missing')!;
    assert.ok(f.fixes?.length);
    const out = apply(text, f);
    assert.ok(out.includes('(a) the threat or use of force or other forms of coercion;\n(b) abduction;'));
  });
  it('offers no fix where the list is not a plain enumeration', () => {
    const text = 'BILL\n\n1. Trafficking in persons\n(1) A person who recruits another person and then, having done so, transports that person by means of force for the purpose of exploitation commits the offence of trafficking in persons.\n';
    const f = analyze(text).findings.find(x => x.code === 'means-deception-missing')!;
    assert.ok(f && !f.fixes?.length);
  });
  it('the demo bills show element findings with quick fixes in every language', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'examples')).filter(x => x.endsWith('.bill'))) {
      const text = fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8');
      const a = analyze(text, { format: formatFor(f, text) });
      const el = a.findings.filter(x => /^(act|means|purpose)-.*-missing$/.test(x.code));
      assert.ok(el.length > 0, `${f}: element findings`);
      assert.ok(el.some(x => x.fixes?.length), `${f}: at least one quick fix`);
    }
  });
  it('every fix on the fixtures and example bills applies cleanly', () => {
    let n = 0;
    for (const dir of [fixture('rules'), path.join(ROOT, 'examples')]) {
      for (const f of fs.readdirSync(dir).filter(x => x.endsWith('.bill'))) n += checkAll(path.join(dir, f));
    }
    assert.ok(n >= 40, `${n} fixes checked`);
  });
});
