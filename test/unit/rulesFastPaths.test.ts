// Fast paths of the rules (rules/*.ts) that replace a simpler form — a regex over the whole bill, a list
// built and searched — must give exactly what the simple form gives, on any input.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SCHEDULE_LINE, scheduleStarts, firstDescendant, mayCite, holds, mayBeOther, OTHER_TITLE } from '../../server/src/core/rules/proofreading';
import { flatten } from '../../server/src/core/structure';
import { analyze } from '../../server/src/core/analysis';
import { matchesTogether, regexMatches } from '../../server/src/core/navigation/termMatch';
import { byStart, termUsesUnordered, type TermUse } from '../../server/src/core/navigation/termUses';
import type { Analysis } from '../../server/src/core/analysis';
import type { Span } from '../../server/src/core/types';
import type { DefinedTerm } from '../../server/src/core/structure/terms';
import { SpanNeedles } from '../../server/src/core/rules/needles';
import { lexicon } from '../../server/src/core/lexicon';
import { LANGS } from '../../server/src/core/types';
import { suggest } from '../../server/src/core/rules/spelling';
import { proofScan } from '../../server/src/core/rules/proofScan';
import { QUOTED, quotedDefinitions, termKey } from '../../server/src/core/structure/terms';
import { occursInBill } from '../../server/src/core/rules/definition-extras';
import { firstLine, norm as numberNorm, sectionNumbers } from '../../server/src/core/structure/numbering';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { EXTERNAL, mayBeExternal, normNum, parenParts } from '../../server/src/core/structure/crossrefs';
import { includesPalermo } from '../../server/src/core/suppress';
import { setCaching } from '../../server/src/core/cache';

describe('rules fast paths equal their simple forms', () => {
  it('scheduleStarts is the index list of the schedule-heading regex (random texts)', () => {
    const pieces = ['schedule', 'schedules', 'annex', 'annexe', 'annexes', 'anexo', 'appendix', 'xannex', 'the', 'first', 'abcdefghij', 'abcdefghijk',
      'Schedule', ' ', '  ', '\t', '\n', '\r', '\r\n', '\u2028', '\u2029', '\u00a0', '1', '_', '.', 'é', '-', 'a'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map(a => a.join(''));
    fc.assert(fc.property(text, t => {
      SCHEDULE_LINE.lastIndex = 0;
      assert.deepEqual(scheduleStarts(t), [...t.matchAll(SCHEDULE_LINE)].map(m => m.index));
    }), { numRuns: 20000 });
  });

  it('proofScan is mayCite and scheduleStarts in one pass', () => {
    const pieces = ['schedule', 'annex', 'annexe', 'anexo', 'appendix', 'declarannex', 'protocol', 'declara', '72/1', '¶', 'para 5', 'para.', 'sannex',
      'the', 'first', ' ', '  ', '\t', '\n', '\r\n', '\u2028', '1', '_', '.', 'é', 'a', 's'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map(a => a.join('')), t => {
      SCHEDULE_LINE.lastIndex = 0;
      assert.deepEqual(proofScan(t), { cites: mayCite(t), schedules: [...t.matchAll(SCHEDULE_LINE)].map(m => m.index) });
    }), { numRuns: 20000 });
  });

  it('mayCite is the search for each of its needles', () => {
    const pieces = ['protocol', 'protoco', 'declara', 'declar', '72/1', '72/', '¶', 'para', 'para.', 'para. ', ' ', '\n', '1', 'x'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map(a => a.join('')), t => {
      assert.equal(mayCite(t), t.includes('protocol') || t.includes('declara') || t.includes('72/1') || t.includes('¶') || /para\.?\s?\d/.test(t));
    }), { numRuns: 5000 });
  });

  it('firstDescendant is the first of the flattened subtree with the number', () => {
    const bill = [
      'Section 1. Definitions', '(1) In this Act:', '(a) "child" means a person under 18;', '(b) "exploitation" includes', '(i) forced labour;', '(ii) slavery.',
      '(2) Other words.', 'Section 2. Offence', '(1) A person who recruits another commits an offence.', '(a) by force;', '(b) by deception.', '(2) See section 1(1)(b).',
    ].join('\n');
    const a = analyze(bill, { format: 'bill' });
    const nums = [...new Set(a.provisions.map(p => p.num?.toLowerCase()).filter(Boolean)), 'zz'] as string[];
    for (const p of [a.root, ...a.provisions]) for (const n of nums) assert.equal(firstDescendant(p, n), flatten(p).find(c => c.num?.toLowerCase() === n));
  });

  it('term uses found together: first words that end where another, after a boundary inside it, ends', () => {
    const cases: [string, string[]][] = [
      ['x-ab x-abs ab, co-op op co-ops', ['x-ab', 'ab', 'co-op', 'op']],
      ['a.b.c b.c c a.b.c.', ['a.b.c', 'b.c', 'c x']],
      ['re-use use re-used', ['re-use', 'use', 're']],
    ];
    for (const [t, ks] of cases) {
      const got = matchesTogether(t, ks);
      for (const k of ks) assert.deepEqual(got.get(k), regexMatches(t, k), `${k} in ${t}`);
    }
  });

  it('term uses found together: first words after "_", inside words and after non-ASCII letters', () => {
    const pieces = ['_', '__', 'ab', 'a', 'b', 'ba', 'é', 'ñ', '(', '"', ' ', '\n', '9', 'x', 's', 'es', '𝐀', '\u00a0', '-'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map(a => a.join(''));
    const key = fc.array(fc.constantFrom('ab', 'a', 'b', '_a', '(a', '"ab', 'éa', 'ña', '9', ' ', 'a b', 's', 'a-b', 'x-a', 'b-'), { minLength: 1, maxLength: 3 }).map(a => a.join('')).filter(k => k.trim().length >= 2);
    fc.assert(fc.property(text, fc.uniqueArray(key, { minLength: 1, maxLength: 5 }), (t, ks) => {
      const got = matchesTogether(t, ks);
      for (const k of ks) assert.deepEqual(got.get(k), regexMatches(t, k), k);
    }), { numRuns: 5000 });
  });

  it('term uses found together: first words made of word characters only (read back to the start of their run)', () => {
    const pieces = ['ab', 'a', 'b', 'ba', 'abab', 'sex', 'sexual', '_', '9', '9ab', 'x_sex', 'é', 'ñ', ' ', '\n', '-', '.', '(', '"', 's', 'es', '𝐀', 'x'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map(a => a.join(''));
    const key = fc.array(fc.constantFrom('ab', 'a', 'b', 'ba', 'sex', 'sexual', 'abab', '9', 'a9', '_a', 'x', ' '), { minLength: 1, maxLength: 3 }).map(a => a.join('')).filter(k => k.trim().length >= 2);
    fc.assert(fc.property(text, fc.uniqueArray(key, { minLength: 1, maxLength: 5 }), (t, ks) => {
      const got = matchesTogether(t, ks);
      for (const k of ks) assert.deepEqual(got.get(k), regexMatches(t, k), k);
    }), { numRuns: 6000 });
  });

  it('includesPalermo is includes("palermo-") (dashes sparse and dense)', () => {
    const pieces = ['palermo-', 'palermo', 'alermo-', 'p', '-', '--', '-'.repeat(40), 'x', ' ', '\n', '“', 'é', 'palermo-disable', 'Palermo-'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map(a => a.join('')), t => {
      assert.equal(includesPalermo(t), t.includes('palermo-'));
    }), { numRuns: 20000 });
  });

  it('parenParts reads the marks of a reference as the parenthesis regex does', () => {
    const mark = fc.tuple(fc.constantFrom('', ' ', '\t'), fc.array(fc.constantFrom('1', '2', 'a', 'b', 'i', 'v', 'x', '0'), { minLength: 1, maxLength: 6 }).map(a => a.join('')))
      .map(([b, c]) => `${b}(${c})`);
    fc.assert(fc.property(fc.array(mark, { maxLength: 6 }).map(a => a.join('')), marks => {
      assert.deepEqual(parenParts(marks), marks.match(/\(([0-9a-z]{1,6})\)/g)?.map(s => s.slice(1, -1)) ?? []);
    }), { numRuns: 5000 });
  });

  it('termKey is the lower-cased, decomposed term without combining accents', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'B', 'Child', ' ', '-', 'é', 'É', 'ñ', 'İ', 'ß', 'ǅ', '\u0301', 'Ω', '1', '"', 'œ', '\u00a0'), { maxLength: 8 }).map(a => a.join('')), t => {
      assert.equal(termKey(t), t.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    }), { numRuns: 5000 });
  });

  it('term uses ordered by byStart are the stable sort by start (equal starts too)', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 50 }), { maxLength: 60 }), starts => {
      const uses = starts.map((start, i) => ({ term: { i }, span: { start, end: start + 1 } }) as unknown as TermUse);
      assert.deepEqual(byStart(uses), [...uses].sort((x, y) => x.span.start - y.span.start));
    }), { numRuns: 3000 });
  });

  it('term uses claimed with the packed bitmap are those claimed with a set of taken positions', () => {
    // The simple form: longest keys first, a use is a match of the key that touches no definition and no
    // earlier use, given to the first definition of the key whose own text does not contain it.
    const simple = (folded: string, terms: DefinedTerm[]) => {
      const taken = new Set<number>(), out: [number, number, number][] = [];
      const take = (s: Span) => { for (let i = s.start; i < s.end; i++) taken.add(i); };
      for (const t of terms) take(t.span);
      const sorted = [...terms].sort((x, y) => y.key.length - x.key.length);
      for (const key of [...new Set(sorted.filter(t => t.key.length >= 2).map(t => t.key))]) {
        for (const m of regexMatches(folded, key)) {
          let hit = false;
          for (let i = m.start; i < m.end; i++) if (taken.has(i)) hit = true;
          const d = sorted.find(t => t.key === key && !(m.start >= t.defSpan.start && m.end <= t.defSpan.end));
          if (hit || !d) continue;
          take(m);
          out.push([terms.indexOf(d), m.start, m.end]);
        }
      }
      return out.sort((x, y) => x[1] - y[1]);
    };
    const words = ['child', 'children', 'forced labour', 'forced', 'labour', 'a', 'ab', 'x', ' ', '  ', '\n', '-', '.', 'é', ' '.repeat(33), 'forced '.repeat(6) + 'labour'];
    const keys = ['child', 'forced labour', 'forced', 'labour', 'ab', 'a', 'forced forced'];
    const span = (n: number) => fc.tuple(fc.nat(), fc.nat({ max: 80 })).map(([s, l]) => ({ start: s % (n + 1), end: Math.min(n, s % (n + 1) + l) }));
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }).map(a => a.join('')).chain(t => fc.tuple(fc.constant(t),
      fc.array(fc.tuple(fc.constantFrom(...keys), span(t.length), span(t.length)), { maxLength: 6 }))), ([t, defs]) => {
      const terms = defs.map(([key, sp, def]) => ({ key, term: key, span: sp, defSpan: def }) as unknown as DefinedTerm);
      const got = termUsesUnordered({ folded: t, terms } as unknown as Analysis).map(u => [terms.indexOf(u.term), u.span.start, u.span.end] as [number, number, number]);
      assert.deepEqual(got.sort((x, y) => x[1] - y[1]), simple(t, terms));
    }), { numRuns: 4000 });
  });

  it('SpanNeedles.occurs is includes() on the slice, for spans inside the indexed ones', () => {
    const needles = ['ab', 'aba', 'ba', 'b a', 'x', 'aab', 'é'];
    const text = fc.array(fc.constantFrom('a', 'b', ' ', 'x', 'é', 'ab'), { maxLength: 40 }).map(a => a.join(''));
    const span = fc.tuple(fc.nat({ max: 45 }), fc.nat({ max: 20 })).map(([s, l]) => ({ start: s, end: s + l }));
    fc.assert(fc.property(text, fc.array(span, { maxLength: 5 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 8 }), (t, spans0, asks) => {
      const spans = spans0.map(s => ({ start: Math.min(s.start, t.length), end: Math.min(s.end, t.length) }));
      const idx = new SpanNeedles(t, spans, needles);
      for (const [k, x, y] of asks) {
        if (!spans.length) break;
        const sp = spans[k % spans.length], len = sp.end - sp.start;
        const s = sp.start + (len ? x % (len + 1) : 0), e = s + (len ? y % (sp.end - s + 1) : 0);
        for (const n of needles) assert.equal(idx.occurs(n, s, e), t.slice(s, e).includes(n), `${n} in ${JSON.stringify(t.slice(s, e))}`);
      }
    }), { numRuns: 3000 });
  });

  it('a span where no needle of a defect cue occurs holds no match of the cue', () => {
    const cues = ['defect.movement', 'defect.organised-crime', 'defect.actual-exploitation', 'defect.profit', 'defect.consent-defence', 'defect.closed-list'];
    for (const lang of LANGS) {
      const lex = lexicon(lang);
      // Pieces cut from the cues' own patterns' literals and words around them.
      const words = [...new Set(cues.flatMap(c => (lex.data.cues[c] ?? []).flatMap(src => src.replace(/\(\?:|[()?|*+\[\]\\]/g, ' ').split(/\s+/))).filter(w => w.length > 1))];
      const text = fc.array(fc.constantFrom(...words, ' ', ' ', ', ', '.', 'a ', 'the '), { maxLength: 14 }).map(a => a.join(' '));
      fc.assert(fc.property(text, t => {
        const idx = new SpanNeedles(t, [{ start: 0, end: t.length }], cues.flatMap(c => lex.cueNeedles(c) ?? []));
        for (const c of cues) if (!idx.mayMatch(lex.cueNeedles(c), 0, t.length)) assert.deepEqual(lex.findAll(c, t, 0, t.length), [], `${lang} ${c}: ${t}`);
      }), { numRuns: 400 });
    }
  });

  it('suggest() proposes nothing when no element of the language is missing (the spelling check returns early then)', () => {
    const word = fc.array(fc.constantFrom('harbour', 'ing', 'ng', 'servitud', 'e', 'transport', 'ation', 'traffick', 'x', 'recruit', 'ment', 'deception', 'esclav', 'trata', 'age'), { minLength: 1, maxLength: 3 }).map(a => a.join(''));
    fc.assert(fc.property(word, fc.constantFrom(...LANGS), (w, lang) => {
      assert.equal(suggest(w, lang, () => false), undefined);
    }), { numRuns: 3000 });
    assert.ok(suggest('harbourng', 'en', () => true)); // and something when elements are missing
  });

  it('holds is membership in the ascending list', () => {
    fc.assert(fc.property(fc.array(fc.nat({ max: 40 }), { maxLength: 30 }), fc.nat({ max: 45 }), (xs, x) => {
      assert.equal(holds(Float64Array.from([...xs].sort((p, q) => p - q)), x), xs.includes(x));
    }), { numRuns: 3000 });
  });

  it('firstLine is split(/\\r?\\n/)[0]; LineIndex.hasCR is includes("\\r")', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('a', ' ', '\r', '\n', '\r\n', 'Section 1.', '\u2028'), { maxLength: 12 }).map(a => a.join('')), s => {
      assert.equal(firstLine(s), s.split(/\r?\n/)[0]);
      assert.equal(new LineIndex(s).hasCR, s.includes('\r'));
    }), { numRuns: 3000 });
  });

  it('normNum is the normal form of a section number', () => {
    const norm = (s: string) => s.toLowerCase().replace(/[o°º]$/, '').replace(/\s+/g, ' ').trim();
    fc.assert(fc.property(fc.array(fc.constantFrom('1', '12', '.', '-', 'a', 'A', 'o', 'O', '°', 'º', ' ', '\t', 'bis', 'é', 'İ'), { maxLength: 6 }).map(a => a.join('')), s => {
      assert.equal(normNum(s), norm(s));
    }), { numRuns: 5000 });
  });

  it('no slice is cut where EXTERNAL and OTHER_TITLE cannot match', () => {
    const pieces = [' ', ',', ', ', 'of ', 'of the ', 'to 3 ', 'a ', 'à ', 'de la ', 'du ', 'in ', 'title ', 'chapter ', 'iv', 'this ', 'act', 'code', 'ley', 'x', '.', ';', '\n', '(1)', 'penal ', 'criminal ', ' '.repeat(79)];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map(a => a.join('')), fc.nat(), (t, k) => {
      const at = t.length ? k % (t.length + 1) : 0;
      const after = t.slice(at, at + 80);
      if (!mayBeExternal(t, at)) assert.equal(EXTERNAL.test(after), false, JSON.stringify(after));
      if (!mayBeOther(t, at)) assert.equal(EXTERNAL.test(after) || OTHER_TITLE.test(after), false, JSON.stringify(after));
    }), { numRuns: 8000 });
  });

  it('a test of a whole (long) bill, answered as "is there a first match", equals the regex test of the same text (every cue)', function () {
    this.timeout(60000);
    for (const lang of LANGS) {
      const lex = lexicon(lang);
      const ids = Object.keys(lex.data.cues);
      const words = [...new Set(ids.flatMap(c => lex.data.cues[c].flatMap(src => src.replace(/\(\?:|[()?|*+\[\]\\]/g, ' ').split(/\s+/))).filter(w => w.length > 1))];
      const chunk = fc.array(fc.constantFrom(...words, ' ', ' ', ', ', '.', '\n', 'x'), { maxLength: 30 }).map(a => a.join(' '));
      fc.assert(fc.property(chunk, fc.boolean(), (t, long) => {
        const text = long ? `${'filler text. '.repeat(1700)}${t}` : t;
        // The reference: the same text as a stretch of a longer string (not the whole text), which the lexicon
        // tests with the regex, with nothing remembered.
        const stretch = `\n${text}`;
        for (const id of ids) {
          setCaching(false);
          let want: boolean;
          try { want = lex.test(id, stretch, 1); } finally { setCaching(true); }
          assert.equal(occursInBill(lex, id, text), want, `${lang} ${id}`);
          assert.equal(lex.test(id, text), want, `${lang} ${id}`);
        }
      }), { numRuns: 25 });
    }
  });

  it('the numbering norm is its regex form', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('1', '12', 'a', 'A', 'bis', ' ', '.', '-', '–', '\t', 'º', 'İ', 'é'), { maxLength: 6 }).map(a => a.join('')), n => {
      assert.equal(numberNorm(n), n.toLowerCase().replace(/[\s.\-–]+/g, ' ').trim());
    }), { numRuns: 5000 });
  });

  it('sectionNumbers reads inserted Portuguese numbers ("Art. 2º-A") as before', () => {
    const bill = ['Art. 1º Objeto.', 'Texto.', 'Art. 2º-A Definições.', 'Texto.', 'Art. 2.º-B Outra.', 'Texto.', 'Art. 3 - Penas.', 'Texto.', 'Art. 4° -C x', 'Art. 5.', 'Texto.'].join('\n');
    const a = analyze(bill, { format: 'bill' });
    const nums = [...sectionNumbers(a.root, bill)].sort();
    assert.ok(nums.includes('2 a') && nums.includes('2 b'), nums.join('|'));
  });

  it('quotedDefinitions are the matches of the QUOTED loop', () => {
    const pieces = ['"', "'", '"child"', "'fund'", 'child', 'x', ' ', '  ', '\n', '\t', ',', ', ', ' means ', 'means', 'meaning', ' includes', ' shall mean ',
      'has the same meaning', ' (the "act")', ' (', ')', ' in relation to a, ', 'in relation to', 'refers to', 'is defined as', "s'entend", 'se entiende', 'significa',
      'entende-se', 'comprend', 'designe', '"a', 'b"', "person's", 'é', 'y'.repeat(58), 'z'.repeat(61), 'the ', 'and '];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map(a => a.join('')), t => {
      const want: [number, string, string][] = [];
      QUOTED.lastIndex = 0;
      for (let m = QUOTED.exec(t); m; m = QUOTED.exec(t)) want.push([m.index, m[0], m[1]]);
      assert.deepEqual(quotedDefinitions(t).map(m => [m.index, m[0], m[1]]), want);
    }), { numRuns: 30000 });
  });
});
