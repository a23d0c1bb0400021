// Fast paths of the core that replace a simpler form (a regex pass, a search through every unit) must give
// exactly what the simple form gives, on any input: each is compared here with that simple form.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSpaceCode } from '../../server/src/core/text/trim';
import { Cover, firstOwners } from '../../server/src/core/scope';
import type { Span } from '../../server/src/core/types';

describe('core fast paths equal their simple forms', () => {
  it('isSpaceCode is /\\s/ for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
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
