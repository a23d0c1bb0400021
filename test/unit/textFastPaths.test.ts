// The lexicons' leading word boundary is checked in code (text/wordStart.ts) instead of written into the
// compiled alternations; the matches must be exactly those of the lookbehind form, on any text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { execAtWordStart, wordCharBefore } from '../../server/src/core/text/wordStart';
import { unbounded } from '../../server/src/core/lexicon/compile';
import { lexicon } from '../../server/src/core/lexicon';
import { lexiconData } from '../../server/src/core/lexicon';
import { fold } from '../../server/src/core/text/fold';
import { LANGS } from '../../server/src/core/types';
import { containsWord, containsWordPlain } from '../../server/src/core/scope';

const B = '(?<![\\p{L}\\p{N}_])', A = '(?![\\p{L}\\p{N}_])';

function viaLookbehind(sources: string[], text: string): [number, string][] {
  const re = new RegExp(`${B}(?:${sources.map(s => `(?:${s})${A}`).join('|')})`, 'gu');
  return [...text.matchAll(re)].filter(m => m[0].length).map(m => [m.index ?? 0, m[0]]);
}
function viaCode(sources: string[], text: string): [number, string][] {
  const re = new RegExp(sources.map(s => `(?:${s})${A}`).join('|'), 'gu');
  const out: [number, string][] = [];
  for (let m = execAtWordStart(re, text); m; m = execAtWordStart(re, text)) {
    if (!m[0].length) { re.lastIndex++; continue; }
    out.push([m.index, m[0]]);
  }
  return out;
}

describe('word-start matching without a lookbehind', () => {
  it('knows letters, digits and "_" of any script, including astral ones, and lone surrogates', () => {
    assert.equal(wordCharBefore('xa', 1), true);
    assert.equal(wordCharBefore('é', 1), true);
    assert.equal(wordCharBefore('7', 1), true);
    assert.equal(wordCharBefore('_', 1), true);
    assert.equal(wordCharBefore(' ', 1), false);
    assert.equal(wordCharBefore('-', 1), false);
    assert.equal(wordCharBefore('a', 0), false);
    assert.equal(wordCharBefore('𝐀x', 2), true); // mathematical bold A: a letter outside the BMP
    assert.equal(wordCharBefore('😀x', 2), false);
    assert.equal(wordCharBefore('\udc00x', 1), false);
  });

  it('finds exactly the matches of the lookbehind form (examples)', () => {
    const srcs = ['slavery', 'traffick[a-z]*', 'harbou?r(?:ing)?', 'servitude'];
    for (const t of ['antislavery slavery', 'slavery, Slavery_slavery 9slavery', 'trafficking antitrafficking trafficked', 'é-harbour 𝐀harbour harbouring']) {
      assert.deepEqual(viaCode(srcs, fold(t)), viaLookbehind(srcs, fold(t)), t);
    }
  });

  it('finds exactly the matches of the lookbehind form (random texts from the words of the patterns)', () => {
    const srcs = ['slavery', 'forced (?:labou?r|services?)', 'sex(?:ual)? exploitation', 'traffick[a-z]*', 'abuse of (?:power|authority)'];
    const words = ['slavery', 'forced', 'labour', 'labor', 'services', 'sex', 'sexual', 'exploitation', 'traffick', 'ing', 'abuse', 'of', 'power', 'anti', '_', '9', 'é', '𝐀', ' ', ' ', '-', '.'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }).map(a => a.join('')), t => {
      assert.deepEqual(viaCode(srcs, t), viaLookbehind(srcs, t));
    }), { numRuns: 500 });
  });

  it('every lexicon cue gives the same first match as its lookbehind form, over text made of its own words', () => {
    let checked = 0;
    for (const lang of LANGS) {
      const lex = lexicon(lang);
      for (const [id, list] of Object.entries(lexiconData(lang).cues)) {
        const words = [...new Set(list.join(' ').replace(/\\./g, ' ').split(/[^a-z' -]+/).flatMap(w => w.split(' ')).filter(Boolean)), ' ', 'x', '-'];
        fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }).map(a => a.join(' ').replace(/ x /g, 'x')), t => {
          const want = viaLookbehind(list, t)[0];
          const got = lex.first(id, t);
          assert.deepEqual(got ? [got.start, got.text] : undefined, want);
          checked++;
        }), { numRuns: 8 });
      }
    }
    assert.ok(checked > 500);
  });

  it('keeps the lookbehind only where a pattern repeats without limit', () => {
    assert.equal(unbounded('traffick[a-z]*'), true);
    assert.equal(unbounded('a+b'), true);
    assert.equal(unbounded('a{2,}'), true);
    assert.equal(unbounded('consent[^.;]{0,80}irrelevant'), false);
    assert.equal(unbounded('[*+]x\\*'), false);
  });
});

describe('fold fast path', () => {
  it('folds any text exactly as it folds each character on its own (ASCII runs, runs beyond ASCII, astral)', () => {
    const pieces = ['Trafficking ', 'ÉTAT', 'é', 'Ç', 'œ', '’', '—', '\u00a0', 'İ', 'ß', '𝐀', '😀', 'ΑΒΓ', 'Привет', '\udc00', 'x'.repeat(9000), 'É'.repeat(9000),
      // Code units whose low byte is an ASCII letter or control character (the fast path starts from low bytes).
      'Ł', 'Ŕ', 'Ā', 'ĀŁŔ — § «Ÿ»', 'ABC'.repeat(3000)];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), ps => {
      const t = ps.join('');
      const f = fold(t);
      assert.equal(f.length, t.length);
      assert.equal(f, [...t].map(ch => fold(ch)).join(''));
    }), { numRuns: 200 });
  });
});

describe('whole-word search of a defined term in the offence text (scope)', () => {
  it('containsWord (one regex) is containsWordPlain (indexOf and the characters around)', () => {
    const alpha = fc.constantFrom('c', 'h', 'i', 'l', 'd', ' ', '-', '1', 'é', '.', '*', '(', '[', '\\');
    const str = (max: number) => fc.array(alpha, { maxLength: max }).map(a => a.join(''));
    fc.assert(fc.property(str(60), str(5).filter(s => s.length > 0), (hay, needle) =>
      containsWord(hay, needle) === containsWordPlain(hay, needle)), { numRuns: 2000 });
    assert.equal(containsWord('the children of a child.', 'child'), true);
    assert.equal(containsWord('the children', 'child'), false);
  });
});
