// Model-clause insertion: the quick fix adds exactly one new section, numbered in the bill's own style and
// placed in the part it belongs to; applying it makes the finding disappear and changes nothing else.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import { formatFor } from '../../server/src/core/formats/view';
import { nextNumber, nextSection } from '../../server/src/core/structure/numbering';
import { flatten } from '../../server/src/core/structure';
import type { Finding } from '../../server/src/core/types';
import { readFixture } from '../helpers';
import { ruleMeta } from '../../server/src/core/rules/registry';

function applyFix(text: string, f: Finding): string {
  assert.ok(f.fixes?.length, `${f.code} has a fix`);
  const edits = f.fixes![0].edits;
  assert.equal(edits.length, 1, 'one edit');
  const e = edits[0];
  assert.equal(e.start, e.end, 'a pure insertion: nothing is replaced');
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

function fixAndRecheck(rel: string, code: string) {
  const text = readFixture(rel);
  const format = formatFor(rel, text);
  const a = analyze(text, { format });
  const f = a.findings.find(x => x.code === code);
  assert.ok(f, `${code} reported`);
  const fixed = applyFix(text, f!);
  const e = f!.fixes![0].edits[0];
  // Nothing else changed: the text around the insertion is byte-identical.
  assert.equal(fixed.slice(0, e.start), text.slice(0, e.start));
  assert.equal(fixed.slice(e.start + e.newText.length), text.slice(e.start));
  const b = analyze(fixed, { format });
  assert.ok(!b.findings.some(x => x.code === code), `${code} gone after the fix`);
  return { text, fixed, inserted: e.newText, at: e.start, before: a, after: b };
}

describe('section numbering in the bill’s own style', () => {
  it('increments integers, dotted, lettered and Latin numbers, avoiding collisions', () => {
    assert.equal(nextNumber('4', new Set(['1', '2', '3', '4'])), '5');
    assert.equal(nextNumber('4', new Set(['4', '5'])), '4A');
    assert.equal(nextNumber('4', new Set(['4', '5']), 'fr'), '4 bis');
    assert.equal(nextNumber('279.01', new Set(['279.01'])), '279.02');
    assert.equal(nextNumber('177 bis', new Set(['177 bis'])), '177 ter');
    assert.equal(nextNumber('45A', new Set(['45', '45a', '46'])), '45B');
  });

  it('copies the keyword, punctuation and Markdown prefix of the section it follows', () => {
    const cases: [string, string, string][] = [
      ['2. Trafficking\nText.\n', 'bill', '3. Heading'],
      ['Section 2 — Trafficking\nText.\n', 'bill', 'Section 3 — Heading'],
      ['Artículo 2.- Trata\nTexto.\n', 'bill', 'Artículo 3.- Heading'],
      ['### Section 2 — Trafficking\n\nText.\n', 'markdown', '### Section 3 — Heading'],
      ['Art. 2º Texto.\n\nArt. 3º Texto.\n', 'bill', 'Art. 2º-A Heading.'],
      ['Art. 2º Texto.\n\nArt. 2º-A Outro\nTexto.\n\nArt. 3º Texto.\n', 'bill', 'Art. 2º-B Heading'],
    ];
    for (const [text, format, header] of cases) {
      const a = analyze(text, { format: format as 'bill' });
      const secs = flatten(a.root).filter(p => p.kind === 'section');
      // Insert after the first section (mid-bill when there are more), or after the inserted 2º-A.
      const sec = secs.length === 3 ? secs[1] : secs[0];
      assert.ok(sec, `section parsed in ${JSON.stringify(text)}`);
      assert.equal(nextSection(text, a.root, sec, 'Heading', text.startsWith('Art.') ? 'pt' : 'en').header, header);
    }
  });
});

describe('model clause insertion (quick fix)', () => {
  it('inserts non-penalization after the last section of the victims part, before the final provisions', () => {
    const r = fixAndRecheck('clauses/parts-en.bill', 'non-penalization-missing');
    assert.match(r.inserted, /^\n\n4A\. Non-punishment of victims\n\(1\) /);
    assert.ok(r.at > r.text.indexOf('4. Compensation') && r.at < r.text.indexOf('PART IV'));
    // The fixed bill's other findings are unchanged (same codes), apart from the one resolved.
    const codes = (fs: Finding[]) => fs.map(f => f.code).filter(c => c !== 'non-penalization-missing').sort();
    assert.deepEqual(codes(r.after.findings).filter(c => !c.startsWith('non-penalization')), codes(r.before.findings).filter(c => !c.startsWith('non-penalization')));
  });

  it('numbers articles in Spanish and places them in the victims chapter', () => {
    const r = fixAndRecheck('clauses/articles-es.bill', 'non-penalization-missing');
    assert.match(r.inserted, /Artículo 3 bis\.- /);
    assert.ok(r.at < r.text.indexOf('Artículo 4.- Vigencia'));
  });

  it('keeps Markdown headings and places the clause before the commencement section', () => {
    const r = fixAndRecheck('clauses/markdown-en.md', 'non-penalization-missing');
    assert.match(r.inserted, /\n### Section 2A — Non-punishment of victims\n/);
    assert.ok(r.at < r.text.indexOf('### Section 3'));
  });

  it('appends to a bill without sections', () => {
    const r = fixAndRecheck('clauses/no-sections.txt', 'non-penalization-missing');
    assert.ok(r.fixed.startsWith(r.text.trimEnd()));
  });

  it('keeps CRLF line endings', () => {
    const text = readFixture('clauses/parts-en.bill').replace(/\n/g, '\r\n');
    const a = analyze(text, { format: 'bill' });
    const f = a.findings.find(x => x.code === 'non-penalization-missing')!;
    const ins = f.fixes![0].edits[0].newText;
    assert.ok(!/[^\r]\n/.test(ins), 'every newline is CRLF');
  });
});

const FAMILIES = ['nonpenalization', 'victims', 'penalties', 'liability', 'prevention', 'cooperation', 'governance'];

describe('every model-clause quick fix resolves its finding', () => {
  for (const [rel, lang] of [['clauses/parts-en.bill', 'en'], ['clauses/articles-es.bill', 'es'], ['clauses/articles-fr.bill', 'fr'], ['clauses/articles-pt.bill', 'pt'], ['clauses/markdown-en.md', 'en']] as const) {
    it(`${rel}: applying each fix removes that finding and inserts without changing other text`, () => {
      const text = readFixture(rel);
      const format = formatFor(rel, text);
      const a = analyze(text, { format, settings: { language: lang } });
      const fixable = a.findings.filter(f => f.fixes?.length && FAMILIES.includes(ruleMeta(f.code)?.family ?? ''));
      assert.ok(fixable.length >= 30, `${fixable.length} fixable findings`);
      const still: string[] = [];
      for (const f of fixable) {
        const fixed = applyFix(text, f);
        const b = analyze(fixed, { format, settings: { language: lang } });
        if (b.findings.some(x => x.code === f.code)) still.push(f.code);
      }
      assert.deepEqual(still, []);
    });
  }
});
