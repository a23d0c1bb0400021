// Whole-bill cue answers carried across edits (lexicon/rescan.ts) must equal a fresh search, edit after edit.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CueAnswers, allFrom, firstFrom, type CueRegex } from '../../server/src/core/lexicon/rescan';
import { SpanTable } from '../../server/src/core/text/spans';
import { Versions } from '../../server/src/core/text/versions';
import { reachOf } from '../../server/src/core/lexicon/reach';
import { lexiconData } from '../../server/src/core/lexicon';

const A = '(?![\\p{L}\\p{N}_])';
function cueOf(sources: string[]): CueRegex {
  const re = new RegExp(sources.map(s => `(?:${s})${A}`).join('|'), 'gu');
  return { re, sticky: new RegExp(re.source, 'guy'), reach: reachOf(re.source) + 4 };
}

describe('reach of a pattern', () => {
  it('bounds how far an attempt reads, or says it cannot', () => {
    assert.equal(reachOf('abc'), 6);
    assert.equal(reachOf('a{0,80}b'), 162);
    assert.equal(reachOf('(?:ab|cde)f?'), 8);
    assert.equal(reachOf('(?<!similar to )slavery'), 36);
    assert.equal(reachOf('a\\{b'), 6);
    assert.equal(reachOf('[^.;]{0,40}'), 80);
    assert.equal(reachOf('traffick[a-z]*'), Infinity);
    assert.equal(reachOf('a+'), Infinity);
    assert.equal(reachOf('(a)\\1'), Infinity);
    assert.equal(reachOf('(unclosed'), Infinity);
  });

  it('every English cue has a finite reach but a few (those repeat without limit)', () => {
    const cues = Object.values(lexiconData('en').cues).map(list => cueOf(list));
    assert.ok(cues.filter(c => Number.isFinite(c.reach)).length > cues.length * 0.8);
  });
});

describe('cue answers carried across edits', () => {
  const cues: [string, CueRegex][] = [
    ['slavery', cueOf(['slavery', '(?<!similar to )servitude'])],
    ['forced', cueOf(['forced (?:labou?r|services?)', 'consent[^.;]{0,20}irrelevant'])],
    ...Object.entries(lexiconData('en').cues).slice(0, 12).map(([id, list]) => [id, cueOf(list)] as [string, CueRegex]),
  ];
  const words = ['slavery', 'servitude', 'similar to ', 'forced', 'labour', 'services', 'consent', 'is', 'irrelevant', 'victim', 'shall', 'not', 'be',
    'detained', 'anti', 'x', ' ', ' ', ' ', '.', ';', '\n', 'é', 'trafficking', 'protection', 'child', 'assistance', 'the'];
  const text = fc.array(fc.constantFrom(...words), { minLength: 20, maxLength: 400 }).map(a => a.join(''));
  const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), ins: fc.array(fc.constantFrom(...words), { maxLength: 3 }).map(a => a.join('')) });

  it('first and every occurrence equal a fresh search after any sequence of edits', () => {
    fc.assert(fc.property(text, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (t0, edits, askFirstOnly) => {
      const answers = new CueAnswers(2);
      let t = t0;
      const check = () => {
        for (const [id, c] of cues) {
          if (!Number.isFinite(c.reach)) continue;
          assert.deepEqual(answers.first(id, c, t) ?? null, firstFrom(c, t, 0), `first ${id}`);
          if (!askFirstOnly) assert.deepEqual(answers.all(id, c, t), allFrom(c, t, 0), `all ${id}`);
        }
      };
      check();
      for (const e of edits) {
        const at = e.at % (t.length + 1);
        t = t.slice(0, at) + e.ins + t.slice(Math.min(t.length, at + e.del));
        check();
      }
    }), { numRuns: 150 });
  });

  it('long texts: edits far from and near to the occurrences', () => {
    const c = cues[0][1], f = cues[1][1];
    const filler = 'the victim shall be protected. '.repeat(400);
    let t = `${filler}slavery ${filler}forced labour ${filler}`;
    const answers = new CueAnswers(2);
    answers.all('s', c, t); answers.first('f', f, t);
    for (const [at, ins, del] of [[10, 'x', 0], [t.length - 5, 'servitude ', 0], [filler.length + 2, '', 3], [filler.length, 'anti', 0], [2 * filler.length + 12, 'x', 1]] as [number, string, number][]) {
      t = t.slice(0, at) + ins + t.slice(at + del);
      assert.deepEqual(answers.all('s', c, t), allFrom(c, t, 0));
      assert.deepEqual(answers.first('f', f, t) ?? null, firstFrom(f, t, 0));
    }
  });
});

describe('results carried over by position (text/spans.ts)', () => {
  it('a span’s result found by position is the one its text gives, after any sequence of edits', () => {
    const f = (s: string) => `${s.length}:${s.split('a').length}:${s.slice(0, 3)}`; // any pure function of the span's text
    const chars = fc.constantFrom('a', 'b', ' ', '\n', 'é');
    fc.assert(fc.property(
      fc.array(chars, { minLength: 1, maxLength: 300 }).map(a => a.join('')),
      fc.array(fc.record({ at: fc.nat(), del: fc.nat({ max: 8 }), ins: fc.array(chars, { maxLength: 8 }).map(a => a.join('')), spans: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 })), { maxLength: 30 }) }), { maxLength: 10 }),
      (t0, steps) => {
        const table = new SpanTable<string>();
        let t = t0;
        for (const s of steps) {
          const at = s.at % (t.length + 1);
          t = t.slice(0, at) + s.ins + t.slice(Math.min(t.length, at + s.del));
          for (const [a, n] of s.spans) {
            const start = a % (t.length + 1), end = Math.min(t.length, start + n);
            const want = f(t.slice(start, end));
            const got = table.get(t, start, end);
            if (got === undefined) table.set(t, start, end, want);
            else assert.equal(got, want);
          }
        }
      }), { numRuns: 300 });
  });
});

describe('versions of a long text (text/versions.ts)', () => {
  it('an equal text held as another string object is the same version; an edit links to the one before', () => {
    const vs = new Versions<string[]>(() => []);
    const a = 'the victim shall be protected. '.repeat(100);
    const v1 = vs.get(a);
    assert.equal(vs.get((`\u0000${a}`).slice(1)), v1);
    const b = `${a.slice(0, 40)}x${a.slice(40)}`;
    const v2 = vs.get(b);
    assert.equal(v2.base, v1);
    assert.deepEqual([v2.p, v2.q, v2.shift], [40, a.length - 40, 1]);
    assert.equal(vs.get(a), v1);
  });
});
