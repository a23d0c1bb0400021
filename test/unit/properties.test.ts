// Property tests (fast-check): whatever text the core is given — random Unicode, binary, huge lines, deep
// numbering, pathological punctuation, real bills cut and spliced at random — analyze() returns without
// throwing, every range lies inside the document, and every quick-fix edit only inserts or replaces the
// range it declares.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../server/src/core/analysis';
import { flatten } from '../../server/src/core/structure';
import type { Format, Range, Span } from '../../server/src/core/types';
import { ROOT } from '../helpers';

/** PALERMO_PROPERTY_SCALE=20 npm test runs twenty times as many cases (for a long local hunt). */
const SCALE = Number(process.env.PALERMO_PROPERTY_SCALE ?? 1) || 1;
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE) });

const FORMATS: Format[] = ['plaintext', 'bill', 'markdown', 'akn'];

const bills = [
  ...fs.readdirSync(path.join(ROOT, 'examples')).map(f => path.join(ROOT, 'examples', f)),
  ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'rules')).filter(f => f.endsWith('.bill')).map(f => path.join(ROOT, 'test', 'fixtures', 'rules', f)),
].filter(f => fs.statSync(f).isFile()).map(f => fs.readFileSync(f, 'utf8'));

/** Pieces of bill text that stress the structure parser and the lexicons. */
const TOKENS = [
  'Section 1.', 'Section 3A ', 'Article 2o. ', 'Artículo 10.- ', '§ 1º ', 'PART II', 'CHAPTER IV', 'TITRE Ier', '1. ', '2.', '(1) ', '(a) ', '(i) ', '(A) ',
  'a) ', 'I.- ', 'ii. ', '"child" means ', '“trafficking in persons” means ', 'recruits, transports, transfers, harbours or receives ',
  'by means of the threat or use of force ', 'for the purpose of exploitation', 'consent is irrelevant', ' under the age of eighteen ',
  '\n', '\r\n', '\r', '\n\n', '\t', ' ', '.', ';', ':', ',', '—', '–', '-', '(', ')', '[', ']', '"', "'", '«', '»', '“', '”', '§', '#', '## ', '**', '`',
  '<!--', '-->', '```', '<section>', '</section>', '<num>', '</num>', '&amp;', '&', '<', '>', '\u0000', '\uFFFD', '\uD800', '\uDC00', '\u2028', 'é', 'ñ', 'ç', 'œ', 'ß', 'İ',
];

const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map(a => a.join(''));
const unicodeText = fc.string({ unit: 'binary', maxLength: 400 });
const bytesText = fc.uint8Array({ maxLength: 400 }).map(b => Buffer.from(b).toString('latin1'));
const hugeLine = fc.tuple(fc.constantFrom('a', ' ', '(', '.', 'é', '"', 'x y ', 'means '), fc.integer({ min: 10_000, max: 60_000 })).map(([c, n]) => c.repeat(Math.ceil(n / c.length)));
const deepNumbering = fc.integer({ min: 1, max: 300 }).map(n => {
  const markers = ['(1)', '(a)', '(i)', '(A)', '1.', 'a)', 'I.'];
  return Array.from({ length: n }, (_, i) => `${'  '.repeat(i % 40)}${markers[i % markers.length]} recruits ${i};`).join('\n');
});
const spliced = fc.tuple(fc.constantFrom(...bills), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.constantFrom(...TOKENS)), { maxLength: 8 }))
  .map(([bill, cuts]) => cuts.reduce((t, [at, len, ins]) => { const i = at % (t.length + 1); return t.slice(0, i) + ins + t.slice(i + len); }, bill));

const anyText = fc.oneof(tokenText, unicodeText, bytesText, deepNumbering, spliced, hugeLine);

function inDoc(a: Analysis, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= a.text.length, `${what}: span ${s.start}-${s.end} outside 0-${a.text.length}`);
}

function rangeInDoc(a: Analysis, r: Range, what: string): void {
  for (const p of [r.start, r.end]) {
    assert.ok(p.line >= 0 && p.line < a.lines.lineCount, `${what}: line ${p.line} of ${a.lines.lineCount}`);
    assert.ok(p.character >= 0 && a.lines.lineStart(p.line) + p.character <= a.lines.lineEnd(p.line) + 2, `${what}: character ${p.character} past the line`);
  }
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: range ends before it starts`);
}

/** check asserts the invariants on one text in one format. */
function check(text: string, format: Format): void {
  const a = analyze(text, { format });
  assert.equal(a.text, text);
  for (const p of flatten(a.root)) {
    inDoc(a, p, `provision ${p.id}`);
    inDoc(a, p.headerSpan, `header of ${p.id}`);
  }
  for (const [k, c] of Object.entries(a.coverage)) if (c.range) rangeInDoc(a, c.range, `coverage ${k}`);
  for (const f of a.findings) {
    assert.notEqual(f.code, 'internal-error', `a rule threw: ${f.message}`);
    inDoc(a, f.span, f.code);
    rangeInDoc(a, f.range, f.code);
    for (const r of f.related ?? []) rangeInDoc(a, r.range, `${f.code} related`);
    for (const fix of f.fixes ?? []) {
      // Edits lie inside the document and do not overlap, so applying them keeps all other text in order.
      const edits = [...fix.edits].sort((x, y) => x.start - y.start);
      let last = 0;
      for (const e of edits) {
        inDoc(a, e, `${f.code} fix "${fix.title}"`);
        assert.ok(e.start >= last, `${f.code} fix "${fix.title}": overlapping edits`);
        last = e.end;
      }
      let out = '', at = 0;
      for (const e of edits) { out += text.slice(at, e.start) + e.newText; at = e.end; }
      out += text.slice(at);
      let o = 0;
      for (const e of edits) {
        const kept = text.slice(o === 0 ? 0 : o, e.start);
        assert.ok(out.includes(kept), `${f.code} fix "${fix.title}" lost text`);
        o = e.end;
      }
      assert.equal(out.length, text.length + edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0));
    }
  }
}

describe('properties: the core never throws and keeps every range inside the document', function () {
  this.timeout(180000);

  it('any text, in every format', () => {
    fc.assert(fc.property(anyText, fc.constantFrom(...FORMATS), (text, format) => { check(text, format); }), runs(300));
  });

  it('real bills with random cuts and insertions (where findings carry quick fixes)', () => {
    fc.assert(fc.property(spliced, fc.constantFrom<Format>('bill', 'plaintext', 'markdown'), (text, format) => { check(text, format); }), runs(150));
  });

  it('every language setting, including a language the text is not in', () => {
    fc.assert(fc.property(fc.oneof(tokenText, spliced), fc.constantFrom('auto', 'en', 'fr', 'es', 'pt') as fc.Arbitrary<'auto'>, (text, language) => {
      const a = analyze(text, { format: 'bill', settings: { language } });
      for (const f of a.findings) inDoc(a, f.span, f.code);
    }), runs(100));
  });

  it('edge inputs: empty, only blanks, lone surrogates, NUL, one huge line, 5 000 nested markers', () => {
    const deep = Array.from({ length: 5000 }, (_, i) => `${'('.repeat(1)}${(i % 26 + 10).toString(36)}) recruits`).join('\n');
    for (const t of ['', ' ', '\n', '\r\n\r\n', '\uD800', '\uDC00\uD800', '\u0000'.repeat(1000), 'x'.repeat(300_000), '(('.repeat(50_000), deep, '"'.repeat(20_000) + ' means', 'Section 1.\n'.repeat(5000)]) {
      for (const format of FORMATS) check(t, format);
    }
  });
});
