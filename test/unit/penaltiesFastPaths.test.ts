// Penalty terms are read only just before their units (checklist/penalties.ts termsIn), and the life
// imprisonment pattern only when one of its words is there (mayBeLife): both must give what the plain
// regexes give on any text.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LIFE, YEARS, mayBeLife, termsIn } from '../../server/src/core/checklist/penalties';

const pieces = ['5', '10', '120', 'two', 'ten', 'twenty', 'dix', '(2)', '(5 years)', '(ten)', ')', '(', ' ', '  ', '   ', '\n', '\t',
  'years', 'year', 'ans', 'anos', 'means', 'trans', 'years-old', 'life', 'for life', 'perpetuite', 'a perpetuite', 'cadena perpetua',
  'prision permanente', 'permanente', 'of', 'imprisonment', 'x', 'é', 'a', 'not less than', 'and', 'or'];

describe('penalty terms (checklist/penalties.ts)', () => {
  it('termsIn finds exactly the matches of YEARS, in order, on any text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map(a => a.join('')), text => {
      const want = [...text.matchAll(YEARS)].map(m => [m.index, m[0], m[1]]);
      assert.deepEqual(termsIn(text).map(m => [m.index, m[0], m[1]]), want);
      assert.equal(YEARS.lastIndex, 0);
    }), { numRuns: 2000 });
    assert.deepEqual(termsIn('imprisonment for ten (10) years or 5  years, transits ans').map(m => m[1]), ['ten', '5', 'transits']);
  });

  it('mayBeLife is false only where LIFE cannot match', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map(a => a.join(' ')), text => {
      if (LIFE.test(text)) assert.ok(mayBeLife(text));
    }), { numRuns: 1000 });
  });
});
