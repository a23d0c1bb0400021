// Fast paths of the core that replace a simpler form (a regex pass, a search through every unit) must give
// exactly what the simple form gives, on any input: each is compared here with that simple form.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSpace, isSpaceCode } from '../../server/src/core/text/trim';
import { Cover, firstOwners } from '../../server/src/core/scope';
import { carried, codeMatches, matchesTogether, regexMatches } from '../../server/src/core/navigation/termMatch';
import type { Span } from '../../server/src/core/types';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { setCaching } from '../../server/src/core/cache';
import { termUses } from '../../server/src/core/navigation/termUses';
import { ROOT } from '../helpers';
import { classify, classifyAll } from '../../server/src/core/structure/markers';
import { fold } from '../../server/src/core/text/fold';
import { findCrossRefs, REF_OPENINGS, REF_SOURCE, refMatches } from '../../server/src/core/structure/crossrefs';
import { lexicon } from '../../server/src/core/lexicon';
import { clearCaches } from '../../server/src/core/cache';
import { detectLanguage } from '../../server/src/core/language/detect';
import { lexiconData } from '../../server/src/core/lexicon';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { mayCite } from '../../server/src/core/rules/proofreading';
import { findCitations } from '../../server/src/core/declaration/citations';
import { refold } from '../../server/src/core/text/fold';
import { LANGS } from '../../server/src/core/types';

const PIECES = ['child', 'children', 'chil', 'person', 'persons', 's', 'es', 'e', 'ren', 'labour', 'forced', 'x', '9', '_', 'é', 'ñ',
  ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '.', ',', '-', '"', '(', ')', '𝐀', '😀', '\ud800', '\udc00', 'ǅ', '٣'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map(a => a.join(''));
const KEY_PIECES = ['child', 'person', 'forced', 'labour', 's', 'e', 'x', 'é', ' ', '  ', '\t', '-', '.', '(', '𝐀', '_', '9', 'child child', 'a a'];
const key = fc.array(fc.constantFrom(...KEY_PIECES), { minLength: 1, maxLength: 5 }).map(a => a.join('')).filter(k => k.length >= 2);
const words = (k: string) => k.split(/\s+/);
const plainKey = key.filter(k => !/[\ud800-\udfff]/.test(k) && words(k).every(Boolean));

describe('core fast paths equal their simple forms', () => {
  it('isSpaceCode is /\\s/ for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
      assert.equal(isSpace(String.fromCharCode(c)), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    }
    assert.equal(isSpace(''), false);
  });

  it('term uses found with indexOf and code are the matches of the term regex (examples)', () => {
    const cases: [string, string][] = [
      ['the child and children; childs, childes. child9 xchild child_ child', 'child'],
      ['forced  labour forced\nlabour forced\u00a0labours forcedlabour forced labourer', 'forced labour'],
      ['persones persons persones- person\u2028s', 'person'],
      ['é-child 𝐀child child𝐀 child😀 \udc00child child\ud800', 'child'],
      ['s.a s.a. s.as', 's.a'],
      ['a a a a a b a a a', 'a a a'],
    ];
    for (const [t, k] of cases) assert.deepEqual(codeMatches(t, k), regexMatches(t, k), `${k} in ${t}`);
  });

  it('term uses found with indexOf and code are the matches of the term regex (random texts and terms)', () => {
    fc.assert(fc.property(text, key, (t, k) => { assert.deepEqual(codeMatches(t, k), regexMatches(t, k)); }), { numRuns: 1500 });
  });

  it('term uses found together in one pass are the matches of each term regex (random texts and sets of terms)', () => {
    fc.assert(fc.property(text, fc.uniqueArray(key, { minLength: 1, maxLength: 6 }), (t, ks) => {
      const got = matchesTogether(t, ks);
      for (const k of ks) assert.deepEqual(got.get(k), regexMatches(t, k), k);
    }), { numRuns: 800 });
  });

  it('term uses carried over an edit are the matches of the term regex on the edited text', () => {
    // Texts dense in the terms' own words and in white space, so that matches straddle the edit.
    const dense = fc.array(fc.constantFrom(...PIECES, ...KEY_PIECES, ' '.repeat(30), '\n\n\n', 'a', ' a', 'a a a', 'child '), { maxLength: 200 }).map(a => a.join(''));
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.array(fc.constantFrom(...PIECES, ...KEY_PIECES), { maxLength: 4 }).map(a => a.join('')));
    fc.assert(fc.property(dense, plainKey, fc.array(edit, { minLength: 1, maxLength: 3 }), (a, k, edits) => {
      let prev = a, old = regexMatches(a, k);
      for (const [at, del, ins] of edits) {
        const i = at % (prev.length + 1);
        const b = prev.slice(0, i) + ins + prev.slice(i + del);
        const got = carried(prev, old, b, words(k), Infinity)!;
        assert.deepEqual(got, regexMatches(b, k));
        prev = b; old = got;
      }
    }), { numRuns: 3000 });
  });

  it('term uses carried over an edit: matches that straddle the scan position (a small alphabet)', () => {
    const small = fc.array(fc.constantFrom('a', ' ', '.', 'a a'), { maxLength: 14 }).map(a => a.join(''));
    fc.assert(fc.property(small, fc.constantFrom('a a', 'a a a'), fc.nat(), fc.nat({ max: 3 }), small, (a, k, at, del, ins) => {
      const i = at % (a.length + 1);
      const b = a.slice(0, i) + ins.slice(0, 4) + a.slice(i + del);
      assert.deepEqual(carried(a, regexMatches(a, k), b, words(k), Infinity), regexMatches(b, k));
    }), { numRuns: 20000 });
  });

  it('a long multilingual bill after keystrokes: structure, languages, term uses and findings equal a fresh analysis', () => {
    // Long enough for the answers remembered by position (termMatch.ts, language/detect.ts: 20 000 characters).
    const dirs = [path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures', 'rules')];
    const big = dirs.flatMap(d => fs.readdirSync(d).filter(f => /\.bill$/.test(f)).map(f => fs.readFileSync(path.join(d, f), 'utf8'))).join('\n\n').repeat(2);
    assert.ok(big.length > 25_000);
    const view = (a: ReturnType<typeof analyze>) => ({
      language: a.language, languageConfidence: a.languageConfidence,
      provisions: a.provisions.map(p => [p.id, p.kind, p.start, p.end, p.lang]),
      uses: termUses(a).map(x => [x.term.span.start, x.span.start, x.span.end]),
      findings: a.findings.map(f => [f.code, f.span.start, f.span.end, f.message]),
    });
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.constantFrom('', 'x', ' ', '\n', 'child ', 'children', '"child" means a person. ', 'exploitation', 's', 'la personne de la ', 'el la los de '));
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), edits => {
      let text = big, prev = analyze(text, { format: 'bill' });
      for (const [at, del, ins] of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + ins + text.slice(i + del);
        const inc = analyze(text, { format: 'bill', previous: prev });
        setCaching(false);
        try { assert.deepEqual(view(inc), view(analyze(text, { format: 'bill' }))); } finally { setCaching(true); }
        prev = inc;
      }
    }), { numRuns: 8 });
  });

  it('line classes with the first-word prefilter and first-character guards equal those without them (every line of the corpus, random lines)', () => {
    const corpus = '/work/shared/corpus';
    const files = [path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures', 'rules'), ...(fs.existsSync(corpus) ? LANGS.map(l => path.join(corpus, l)) : [])]
      .filter(d => fs.existsSync(d)).flatMap(d => fs.readdirSync(d).map(f => path.join(d, f))).filter(f => fs.statSync(f).isFile());
    const lines = files.flatMap(f => fs.readFileSync(f, 'utf8').split(/\r?\n/)).map(l => l.trim()).filter(Boolean);
    assert.ok(lines.length > 200);
    for (const l of lines) for (const lang of LANGS) assert.deepEqual(classify(fold(l), l, lang), classifyAll(fold(l), l, lang, true), l);
    const starts = ['Section 1.', 'SECTION 2', 'Sec. 3', 'S. 4', 's.5', '§ 1º', '§§ 2', 'Article 2o. ', 'Art. 3', 'Artt. 4', 'ARTÍCULO 10.- ', 'Artigo 5', 'Article premier',
      'PART II', 'Partie 1', 'Parte 2', 'CHAPTER IV', 'Chapitre 3', 'CAPÍTULO I', 'TITRE Ier', 'Título 2', 'Title 22', 'Book 1', 'Livre 2', 'Libro 3', 'Livro 4',
      'Division 2', 'Subpart A', 'Sección 1', 'Seção 2', 'Sous-section 1', 'Subsección 3', 'Subseção 4', 'Schedule 1', 'Annex 2', 'Annexe 3', 'Anexo 4',
      '1. ', '2.', '12A. ', '279.01 ', 'L425-1 ', 'r12 ', 'd3 ', '(1) ', '(a) ', '(aa) ', '(i) ', '(iv) ', '(A) ', 'a) ', 'b)', '1) ', '2.) ', '3º ', '4.º ', '5 °',
      'I.- ', 'II. ', 'iv - ', 'x – ', 'c. ', 'ii.', 'Párrafo único', 'Parágrafo único', 'Paragraphe unique', 'First-', 'Secondly ', 'Thirdly—', 'Tenthly ',
      'The ', 'A person ', 'Any ', 'In this ', 'Lorem ', 'Part of the ', 'Title 22 U.S.C.', '"child" means ', '', ' ', '\t', '-', '.', 'x', 'é', 'İ', '\u00a0'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...starts), { minLength: 1, maxLength: 4 }).map(a => a.join('')), fc.constantFrom(...LANGS), (l, lang) => {
      const t = l.trimStart();
      assert.deepEqual(classify(fold(t), t, lang), classifyAll(fold(t), t, lang, true));
    }), { numRuns: 5000 });
  });

  it('cross-reference matches checked in code equal those of the leading-lookbehind pattern', () => {
    const lookbehind = new RegExp(REF_SOURCE.replace(/^\(sections/, '(?<![\\p{L}])(sections').replace('|(subsections', '|(?<![\\p{L}])(subsections'), 'gu');
    assert.ok(lookbehind.source.startsWith('(?<![\\p{L}])(sections') && lookbehind.source.includes('|(?<![\\p{L}])(subsections'));
    const viaLookbehind = (t: string) => [...t.matchAll(lookbehind)].map(m => [m.index, ...m]);
    const viaCode = (t: string) => [...refMatches(t, new RegExp(REF_SOURCE, 'gu'))].map(m => [m.index, ...m]);
    const pieces = ['section', 'sections', 's.', 'ss.', 'article', 'arts.', 'articulo', 'artigos', '§', '§§', 'subsection', 'paragraphs', 'paragraphes', 'apartado', 'inciso', 'fraccion', 'fracciones',
      ' ', '\t', '3', '12', '1.2', '4-1', 'a', 'b', 'bis', ' bis', 'o', '°', '(1)', '(a)', ' (ii)', 'x', 'é', '𝐀', '😀', '9', '_', '.', '-', '\n', 'l', 'r', 'd'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map(a => a.join('')), t => {
      assert.deepEqual(viaCode(t), viaLookbehind(t));
    }), { numRuns: 3000 });
  });

  it('cross-references found from the openings the literal index lists equal those of the scan of the whole bill', () => {
    const pieces = ['section', 'sections', 's.', 'ss.', 'article', 'arts.', 'art.', 'articulo', 'artigos', '§', '§§', 'subsection', 'paragraphs', 'paragraphes', 'apartado', 'inciso', 'fraccion', 'fracciones',
      ' ', '\t', '3', '12', '1.2', '4-1', 'a', 'b', ' bis', 'o', '°', '(1)', '(a)', ' (ii)', 'x', 'é', '😀', '.', '-', '\n', 'l', 'r', 'd',
      '\nSection 3. Offence\n', '\n(1) A person who ', '\n(a) ', '\nArticle 2\n', ' of the Penal Code', ' of this Act', 'classes.', 'process.', 'art', 'the articles 4 and 5'];
    const naive = (t: string) => {
      const at = new Set<number>();
      for (const n of REF_OPENINGS) for (let i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) at.add(i);
      return Int32Array.from(at).sort();
    };
    const shape = (refs: ReturnType<typeof findCrossRefs>) => refs.map(r => [r.span.start, r.span.end, r.kind, r.num, r.path.join('/'), r.target?.id, r.from.id]);
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map(a => a.join('')), t => {
      const a = analyze(t, { format: 'bill' });
      assert.deepEqual(shape(findCrossRefs(a.root, a.folded, naive(a.folded))), shape(findCrossRefs(a.root, a.folded)));
    }), { numRuns: 1500 });
    // A long bill: the openings come from the literal index itself.
    const bills = fs.readdirSync(path.join(ROOT, 'examples')).filter(f => f.endsWith('.bill')).map(f => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));
    const base = bills.join('\n\n'), long = base.repeat(Math.ceil(25_000 / base.length)); // long enough for the index
    clearCaches();
    const a = analyze(long, { format: 'bill', incremental: false });
    const openings = lexicon('en').literalStarts(REF_OPENINGS, a.folded);
    assert.ok(openings && openings.length > 20, 'the index lists the openings of a long bill');
    assert.deepEqual([...openings], [...naive(a.folded)]);
    assert.deepEqual(shape(findCrossRefs(a.root, a.folded, openings)), shape(findCrossRefs(a.root, a.folded)));
    assert.ok(a.crossRefs.length > 10);
  });

  it('the language vote read with charCodeAt equals the vote over /[a-z\']+/ matches', () => {
    // The vote as it was written with the regex (language/detect.ts before the charCodeAt loop).
    const stop = new Map<string, number>();
    LANGS.forEach((lang, i) => { for (const w of lexiconData(lang).stopwords) stop.set(w, (stop.get(w) ?? 0) | (1 << i)); });
    const reference = (folded: string, fallback: typeof LANGS[number]) => {
      const votes = new Array(LANGS.length).fill(0);
      const len = folded.length, win = 4000;
      const windows = len <= win * 3 ? [[0, len]] : [0, 0.5, 0.9].map(f => { const s = Math.floor(len * f); return [s, Math.min(len, s + win)]; });
      const re = /[a-z']+/g;
      for (const [s, e] of windows) {
        const sample = folded.slice(s, e);
        re.lastIndex = 0;
        for (let m = re.exec(sample); m; m = re.exec(sample)) {
          const mask = stop.get(m[0]);
          if (!mask) continue;
          for (let i = 0; i < LANGS.length; i++) if (mask & (1 << i)) votes[i]++;
        }
      }
      const total = votes.reduce((a, b) => a + b, 0);
      if (!total) return { lang: fallback, confidence: 0 };
      let best = 0;
      for (let i = 1; i < votes.length; i++) if (votes[i] > votes[best]) best = i;
      const second = Math.max(...votes.filter((_, i) => i !== best));
      return { lang: LANGS[best], confidence: (votes[best] / (votes[best] + second)) * Math.min(1, total / 8) };
    };
    const words = [...stop.keys(), 'x', 'persona', 'personnel', "l'article", "d'", "'", 'é', 'the', 'theft', ' ', ' ', '\n', '.', 'A', 'Le', '9', 'ñ', '-'];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 300 }).map(a => a.join(''));
    const long = fc.tuple(text, fc.integer({ min: 1, max: 40 })).map(([t, n]) => t.repeat(n));
    setCaching(false);
    try {
      fc.assert(fc.property(fc.oneof(text, long), fc.constantFrom(...LANGS), (t, fb) => {
        assert.deepEqual(detectLanguage(t, 0, t.length, fb), reference(t, fb));
      }), { numRuns: 1500 });
    } finally { setCaching(true); }
  });

  it('line starts found with indexOf equal those of reading every character', () => {
    const reference = (text: string) => {
      const starts = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) { if (text.charCodeAt(i + 1) === 10) i++; starts.push(i + 1); }
      }
      return starts;
    };
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'bc ', '\n', '\r', '\r\n', '\n\n', 'é', '\u2028'), { maxLength: 60 }).map(a => a.join('')), t => {
      const li = new LineIndex(t), want = reference(t);
      assert.equal(li.lineCount, want.length);
      want.forEach((s, i) => assert.equal(li.lineStart(i), s));
    }), { numRuns: 2000 });
  });

  it('refold equals fold of the new text', () => {
    const text = fc.array(fc.constantFrom('a', 'B', 'é', 'É', '“', '—', ' ', '\n', 'x'.repeat(5000), 'Ç'.repeat(4100)), { maxLength: 12 }).map(a => a.join(''));
    fc.assert(fc.property(text, fc.nat(), fc.nat({ max: 6000 }), fc.constantFrom('', 'x', 'É', '“a”', 'Ç'.repeat(5000)), (a, at, del, ins) => {
      const i = at % (a.length + 1), b = a.slice(0, i) + ins + a.slice(i + del);
      assert.equal(refold(a, fold(a), b), fold(b));
    }), { numRuns: 300 });
  });

  it('language votes carried by position over an edit equal votes on the edited text', () => {
    const stopwords = LANGS.flatMap(l => lexiconData(l).stopwords);
    const tokens = [...stopwords, ' ', ' ', '\n', 'x', 'loi', 'ley'];
    const long = fc.array(fc.constantFrom(...tokens), { minLength: 6000, maxLength: 7000 }).map(a => a.join(' '));
    const span = fc.tuple(fc.nat(), fc.nat({ max: 3000 }));
    fc.assert(fc.property(long, fc.array(span, { minLength: 5, maxLength: 20 }), fc.nat(), fc.nat({ max: 50 }), fc.constantFrom('', 'the ', 'la ', 'de los ', 'x', 'que '), fc.constantFrom(...LANGS), (a, spans, at, del, ins, fb) => {
      const i = at % (a.length + 1), b = a.slice(0, i) + ins + a.slice(i + del);
      assert.ok(b.length >= 20_000);
      for (const [s, l] of spans) { const st = s % a.length; detectLanguage(a, st, Math.min(a.length, st + l), fb); }
      for (const [s, l] of spans) {
        for (const st of [s % b.length, (s + i) % b.length]) {
          const e = Math.min(b.length, st + l), got = detectLanguage(b, st, e, fb);
          setCaching(false);
          try { assert.deepEqual(got, detectLanguage(b, st, e, fb)); } finally { setCaching(true); }
        }
      }
    }), { numRuns: 40 });
  });

  it('a text mayCite rules out holds no citation', () => {
    const pieces = ['a/res/72/1', 'resolution 72/1', '72/1', 'declaration', 'declaracion', 'declaracao', 'political ', 'para', 'para.', 'paras', 'paragraph', 'paragraphe', 'parrafo', 'paragrafo', '¶', '§',
      'protocol', 'protocole', 'protocolo', 'art.', 'article', 'articulo', 'artigo', ' of the ', ' de la ', ' da ', ' du ', ' del ', ' do ', 'trafficking in persons ', ' ', '\n', ',', '8', '16', '(a)', '3(1)', 'x', 'é'];
    let ruledOut = 0;
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map(a => a.join('')), t => {
      if (!mayCite(t)) { ruledOut++; assert.deepEqual(findCitations(t), []); }
    }), { numRuns: 5000 });
    assert.ok(ruledOut > 100);
  });

  it('Cover.has is "some span holds the offset"', () => {
    const spans = fc.array(fc.tuple(fc.nat({ max: 200 }), fc.nat({ max: 60 })).map(([s, l]) => ({ start: s, end: s + l })), { maxLength: 30 });
    fc.assert(fc.property(spans, fc.array(fc.nat({ max: 270 }), { maxLength: 40 }), (ss, xs) => {
      const c = new Cover(ss);
      for (const x of xs) assert.equal(c.has(x), ss.some(s => x >= s.start && x < s.end));
    }), { numRuns: 1000 });
  });

  it('firstOwners is the first unit whose spans hold each position', () => {
    const unit = fc.array(fc.tuple(fc.nat({ max: 200 }), fc.nat({ max: 60 })).map(([s, l]) => ({ start: s, end: s + l })), { maxLength: 4 }).map(spans => ({ spans }));
    fc.assert(fc.property(fc.array(unit, { maxLength: 12 }), fc.uniqueArray(fc.nat({ max: 270 }), { maxLength: 40 }), (units, xs) => {
      const positions = [...xs].sort((a, b) => a - b);
      const owner = firstOwners(units, positions);
      positions.forEach((x, i) => assert.equal(owner[i], units.findIndex(u => u.spans.some(s => x >= s.start && x < s.end))));
    }), { numRuns: 1000 });
  });
});
