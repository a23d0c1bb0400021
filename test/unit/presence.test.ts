// The needle index (core/lexicon/presence.ts) answers exactly what String.includes does, over random edit
// sequences: it carries answers from the previous text across an edit, so any slip would show here.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { NeedleIndex } from '../../server/src/core/lexicon/presence';

const needles = ['ab', 'ba', 'abc', 'a', 'cc', 'bca', 'victim', 'x'];
const chunk = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'x'), maxLength: 6 });

describe('needle index (lexicon/presence.ts)', function () {
  it('agrees with String.includes across random edits', function () {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), chunk, fc.subarray(needles)), { maxLength: 12 }), (start, edits) => {
        const idx = new NeedleIndex();
        let text = start;
        for (const n of needles) assert.equal(idx.includes(text, n), text.includes(n));
        for (const [at, del, ins, ask] of edits) {
          const p = text.length ? at % (text.length + 1) : 0;
          text = text.slice(0, p) + ins + text.slice(Math.min(text.length, p + del));
          for (const n of ask) assert.equal(idx.includes(text, n), text.includes(n), `${JSON.stringify(text)} ${n}`);
        }
      }), { seed: 6, numRuns: 500 });
  });
});
