// Cue searches guided by where the cues' literals occur (lexicon/needles.ts, lexicon/indexed.ts) must find
// exactly what a plain scan of the whole text finds: the same first match, the same list of matches.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { mergeSorted, NeedleSet } from '../../server/src/core/lexicon/needles';
import { CueIndex, indexedAll, indexedFirst } from '../../server/src/core/lexicon/indexed';
import { literalPlans } from '../../server/src/core/lexicon/literals';
import { allFrom, firstFrom, type CueRegex } from '../../server/src/core/lexicon/rescan';
import { reachOf } from '../../server/src/core/lexicon/reach';
import { lexicon } from '../../server/src/core/lexicon';
import { fold } from '../../server/src/core/text/fold';
import { LANGS } from '../../server/src/core/types';
import { ROOT } from '../helpers';

describe('needle sets (every occurrence of many literals in one pass)', () => {
  const naive = (needles: string[], text: string) => needles.map(n => {
    const out: number[] = [];
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) out.push(i);
    return out;
  });

  it('finds the occurrences indexOf finds, overlapping ones and needles inside needles included', () => {
    const needles = ['traffick', 'trafficking', 'king', 'in', 'ing', 'a a', 'é'];
    const set = new NeedleSet(needles);
    const text = 'trafficking in persons; king aa a a a; trafficker é';
    const occ = set.find(text);
    needles.forEach((n, k) => {
      assert.deepEqual(occ.starts(k).sort((a, b) => a - b), naive(needles, text)[k], n);
      assert.equal(occ.count(k), naive(needles, text)[k].length, n);
    });
  });

  it('long texts (read as bytes) and long texts with a character beyond one byte: the same as indexOf', () => {
    const alpha = fc.constantFrom('a', 'b', 'c', ' ', 'é', 'ß');
    fc.assert(fc.property(
      fc.uniqueArray(fc.array(alpha, { minLength: 1, maxLength: 4 }).map(a => a.join('')), { minLength: 1, maxLength: 8 }),
      fc.array(alpha, { minLength: 1, maxLength: 60 }).map(a => a.join('')), fc.boolean(),
      (needles, piece, wide) => {
        const text = piece.repeat(Math.ceil(5000 / piece.length)) + (wide ? '\u2014' + piece : '');
        const occ = new NeedleSet(needles).find(text);
        const want = naive(needles, text);
        return needles.every((_, k) => JSON.stringify(occ.starts(k).sort((a, b) => a - b)) === JSON.stringify(want[k]) && JSON.stringify([...occ.sortedStarts(k)]) === JSON.stringify(want[k]));
      }), { numRuns: 40 });
  });

  it('long texts walked in four quarters: needles across the quarter boundaries are found once', () => {
    const alpha = fc.constantFrom('a', 'b', ' ', 'é', '\u2014');
    fc.assert(fc.property(
      fc.uniqueArray(fc.array(alpha, { minLength: 1, maxLength: 12 }).map(a => a.join('')), { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 4096, max: 9000 }), fc.array(fc.integer({ min: -14, max: 14 }), { minLength: 1, maxLength: 9 }),
      (needles, len, shifts) => {
        // A filler no needle can match inside, with needles written across each quarter's start.
        const chars = Array.from({ length: len }, () => 'x');
        const q = len >> 2;
        shifts.forEach((d, i) => {
          const n = needles[i % needles.length], at = Math.min(len - n.length, Math.max(0, ((i % 3) + 1) * q + d));
          for (let j = 0; j < n.length; j++) chars[at + j] = n[j];
        });
        const text = chars.join('');
        const occ = new NeedleSet(needles).find(text);
        const want = naive(needles, text);
        return needles.every((_, k) => JSON.stringify([...occ.sortedStarts(k)]) === JSON.stringify(want[k]) && occ.count(k) === want[k].length);
      }), { numRuns: 150 });
  });

  it('random needles over random texts: the same as indexOf', () => {
    const alpha = fc.constantFrom('a', 'b', 'c', ' ', 'é', '\u2014');
    fc.assert(fc.property(
      fc.uniqueArray(fc.array(alpha, { minLength: 1, maxLength: 4 }).map(a => a.join('')), { minLength: 1, maxLength: 8 }),
      fc.array(alpha, { maxLength: 200 }).map(a => a.join('')),
      (needles, text) => {
        const occ = new NeedleSet(needles).find(text);
        const want = naive(needles, text);
        return needles.every((_, k) => JSON.stringify(occ.starts(k).sort((a, b) => a - b)) === JSON.stringify(want[k]) && occ.count(k) === want[k].length && JSON.stringify([...occ.sortedStarts(k)]) === JSON.stringify(want[k]));
      }), { numRuns: 300 });
  });
});

describe('merging sorted runs', () => {
  it('gives the sorted union of the runs, each value with the value it carried', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.integer({ min: -50, max: 50 })), { maxLength: 9 }), runs => {
      const sorted = runs.map(r => Int32Array.from(r).sort());
      const also = sorted.map(r => r.map(x => x * 3 + 1));
      const merged = mergeSorted(sorted, also);
      const want = runs.flat().sort((a, b) => a - b);
      return JSON.stringify([...merged]) === JSON.stringify(want) && (merged.length === 0 || [...also[0]].every((y, i) => y === merged[i] * 3 + 1));
    }), { numRuns: 300 });
  });
});

describe('literal plans of a pattern', () => {
  it('lists each alternative’s required sets, joining fixed runs into their few exact strings', () => {
    const plans = literalPlans('re-?traffick(?:ing|ed)|survivors?')!;
    assert.equal(plans.length, 2);
    assert.ok(plans[0].sets.some(s => JSON.stringify([...s].sort()) === JSON.stringify(['re-trafficked', 're-trafficking', 'retrafficked', 'retrafficking'])));
    assert.ok(plans[0].sets.some(s => s.length === 1 && s[0] === 'traffick'));
    assert.deepEqual(plans[0].lead, ['re-trafficked', 're-trafficking', 'retrafficked', 'retrafficking']);
    assert.ok(plans[1].sets.some(s => s.includes('survivor')));
    assert.equal(literalPlans('(?<!x)abcde')![0].lead, undefined, 'a lookaround first: no set is known to begin the match');
    assert.equal(literalPlans('[a-z]bcdef')![0].lead, undefined);
    assert.equal(literalPlans('a|bcd'), undefined);
    assert.equal(literalPlans('[a-z]+'), undefined);
  });
});

/** Texts to search: the bundled bills and rule fixtures, and random texts made of the cues' own words. */
const realTexts = [path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures', 'rules')]
  .flatMap(d => fs.readdirSync(d).map(f => path.join(d, f))).filter(f => /\.(bill|md|txt)$/.test(f))
  .map(f => fold(fs.readFileSync(f, 'utf8')));

function cueRegex(re: RegExp): CueRegex {
  return { re, sticky: new RegExp(re.source, `${re.flags}y`), reach: reachOf(re.source) + 4 };
}

describe('cue searches guided by literal occurrences', () => {
  it('a match as long as the cue can reach, found from a literal at its far end', () => {
    const index = new CueIndex({ far: ['abcde[^.;]{0,40}vwxyz', 'qrstu'] });
    const cue = cueRegex(new RegExp('(?:abcde[^.;]{0,40}vwxyz)(?![\\p{L}\\p{N}_])|(?:qrstu)(?![\\p{L}\\p{N}_])', 'gu'));
    // "abcde" is common and "vwxyz" rare, so the search starts from "vwxyz", 45 characters after the match start.
    const text = `${'abcde. '.repeat(30)}abcde ${'x'.repeat(39)}vwxyz and qrstu, ${'abcde; '.repeat(30)}`;
    const cands = index.candidates('far', text, 0, text.length, cue.reach)!;
    assert.ok(cands.length < 5, 'the rare literals were chosen');
    const first = indexedFirst(cue, text, cands);
    assert.equal(first?.text.length, 50);
    assert.deepEqual(first, firstFrom(cue, text, 0));
    assert.deepEqual(indexedAll(cue, text, cands), allFrom(cue, text, 0));
    assert.equal(indexedAll(cue, text, cands).length, 2);
  });

  it('a text equal to the last one, held as another string, gets the same answers (and keeps the new string)', () => {
    const index = new CueIndex({ far: ['abcde[^.;]{0,40}vwxyz', 'qrstu'] });
    const piece = `${'abcde. '.repeat(30)}abcde ${'x'.repeat(39)}vwxyz and qrstu, `;
    const a = piece.repeat(3), b = [piece, piece, piece].join(''); // equal, built apart
    const first = [...index.candidates('far', a, 0, a.length, 60)!];
    assert.deepEqual([...index.candidates('far', b, 0, b.length, 60)!], first);
    assert.deepEqual([...index.candidates('far', a, 10, a.length, 60)!], [...index.candidates('far', b, 10, b.length, 60)!]);
    assert.equal(index.mayOccurIn('far', b, 0, b.length), true);
  });

  for (const lang of LANGS) {
    const lex = lexicon(lang);
    const index = new CueIndex(lex.data.cues, lex.data.stopwords);
    const ids = Object.keys(lex.data.cues).filter(id => index.indexed(id) && Number.isFinite(cueRegex(lex.cue(id)!).reach));
    const words = [...new Set(Object.values(lex.data.cues).flat().join(' ').replace(/\\./g, ' ').split(/[^\p{L}' -]+/u).flatMap(w => w.split(' ')).filter(Boolean))];

    const same = (text: string, start: number, end: number) => {
      const slice = text.slice(start, end);
      for (const id of ids) {
        const cue = cueRegex(lex.cue(id)!);
        const cands = index.candidates(id, text, start, end, cue.reach)!;
        assert.deepEqual(indexedFirst(cue, slice, cands), firstFrom(cue, slice, 0), `${lang} ${id} first`);
        assert.deepEqual(indexedAll(cue, slice, cands), allFrom(cue, slice, 0), `${lang} ${id} all`);
      }
    };

    it(`${lang}: a stretch that starts inside a word (its first letters start a word of the stretch)`, () => {
      const text = '    recursos sociedad consular';
      for (let s = 0; s < text.length; s++) same(text, s, text.length);
    });

    it(`${lang}: the bundled bills and fixtures, whole and in part`, () => {
      assert.ok(ids.length > 20, `${lang}: most cues can be indexed`);
      const all = realTexts.join('\n\n');
      same(all, 0, all.length);
      same(all, 1000, Math.floor(all.length / 2));
    });

    it(`${lang}: random texts of the cues’ own words`, () => {
      const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '. ', '; ', '-', '\n', 'x'));
      fc.assert(fc.property(fc.array(piece, { maxLength: 400 }).map(a => a.join(' ')), fc.nat(), fc.nat(), (text, a, b) => {
        const s = Math.min(a, b) % (text.length + 1), e = Math.max(a, b) % (text.length + 1);
        same(text, 0, text.length);
        same(text, Math.min(s, e), Math.max(s, e));
        return true;
      }), { numRuns: 40 });
    });
  }
});

describe('terms ruled out of a span by the literal index (CompiledLexicon.mayFind)', () => {
  for (const lang of LANGS) {
    it(`${lang}: a span mayFind refuses holds no such term, and most spans without one are refused`, () => {
      const lex = lexicon(lang);
      const long = realTexts.join('\n\n').repeat(2);
      assert.ok(long.length > 20_000);
      let refused = 0, without = 0;
      const check = (s: number, e: number) => {
        for (const prefix of ['act.', 'purpose.'] as const) {
          const has = lex.scan(long, s, e).some(m => m.key.startsWith(prefix));
          const may = lex.mayFind(prefix, long, s, e);
          if (has) assert.ok(may, `${lang} ${prefix} [${s}, ${e})`);
          if (!has) { without++; if (!may) refused++; }
        }
      };
      for (let s = 0; s < long.length; s += 97) check(s, Math.min(long.length, s + 40 + (s % 900)));
      // Spans that are exactly one term, or end just where it ends: the tightest a span can be.
      for (const m of lex.scan(long, 0, long.length)) { check(m.start, m.end); check(Math.max(0, m.start - 30), m.end); }
      fc.assert(fc.property(fc.nat(long.length), fc.nat(3000), (s, n) => { check(s, Math.min(long.length, s + n)); return true; }), { numRuns: 300 });
      if (lang === 'en') assert.ok(refused > without / 4, `the index rules out many spans (${refused} of ${without})`);
    });
  }
});

describe('cues ruled out of a span by the literal index (CompiledLexicon.cueMayBeIn)', () => {
  it('a span the index refuses holds no match of the cue, for every cue it lists, in every language', () => {
    const long = realTexts.join('\n\n').repeat(2);
    let refused = 0, asked = 0;
    for (const lang of LANGS) {
      const lex = lexicon(lang);
      const ids = Object.keys(lex.data.cues).filter(id => lex.cueMayBeIn(id, long, 0, 10) !== undefined);
      if (lang === 'en') assert.ok(ids.length > 30, 'the checklist and defect cues are listed');
      const check = (s: number, e: number) => {
        for (const id of ids) {
          const may = lex.cueMayBeIn(id, long, s, e)!;
          asked++; if (!may) refused++;
          if (!may) assert.equal(lex.findAll(id, long, s, e).length, 0, `${lang} ${id} [${s}, ${e})`);
        }
      };
      for (let s = 0; s < long.length; s += 1501) check(s, Math.min(long.length, s + 200 + (s % 2500)));
      for (const id of ids) for (const m of lex.findAll(id, long, 0, long.length).slice(0, 20)) assert.ok(lex.cueMayBeIn(id, long, m.start, m.end), `${lang} ${id} at its own match`);
    }
    assert.ok(refused > asked / 4, `the index rules out many spans (${refused} of ${asked})`);
  });
});
