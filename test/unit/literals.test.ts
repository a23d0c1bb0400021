// The cue prefilter (lexicon/literals.ts) may only ever skip a scan that would find nothing: every match of
// a pattern must contain one of the literals it declares required.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { requiredLiterals } from '../../server/src/core/lexicon/literals';
import { lexiconData } from '../../server/src/core/lexicon';
import { fold } from '../../server/src/core/text/fold';
import { LANGS } from '../../server/src/core/types';
import { ROOT } from '../helpers';

describe('required literals of lexicon patterns', () => {
  it('derives the literal every match needs, and none when it cannot prove one', () => {
    assert.deepEqual(requiredLiterals('disaggregat(?:ed|ion)'), ['disaggregat']);
    assert.deepEqual(requiredLiterals('(?:by|according to) (?:sex|gender|age)'), ['sex', 'gender', 'age']);
    assert.deepEqual(requiredLiterals('consent[^.;]{0,80}(?:irrelevant|immaterial)'), ['irrelevant', 'immaterial']);
    assert.deepEqual(requiredLiterals('(?<!similar to )slavery'), ['slavery']);
    assert.deepEqual(requiredLiterals('shelters?'), ['shelter']);
    assert.equal(requiredLiterals('a|bcd'), undefined);
    assert.equal(requiredLiterals('[a-z]+'), undefined);
    assert.equal(requiredLiterals('(?:abc)?xy'), undefined);
    assert.equal(requiredLiterals('(unclosed'), undefined);
  });

  const sources = LANGS.flatMap(lang => {
    const d = lexiconData(lang);
    return [...Object.values(d.cues).flat(), ...Object.values(d.elements).flatMap(e => [...e.protocol, ...(e.variants ?? [])]), ...(d.phrases ?? []).map(p => p.re), ...(d.exclude ?? [])];
  });

  it('every match of every lexicon pattern in the bills and fixtures contains a required literal', () => {
    const texts = [path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures', 'rules')]
      .flatMap(d => fs.readdirSync(d).map(f => path.join(d, f))).filter(f => /\.(bill|md|txt)$/.test(f)).map(f => fold(fs.readFileSync(f, 'utf8')));
    let checked = 0;
    for (const s of sources) {
      const lits = requiredLiterals(s);
      if (!lits) continue;
      const re = new RegExp(s, 'gu');
      for (const t of texts) for (const m of t.matchAll(re)) { checked++; assert.ok(lits.some(l => m[0].includes(l)), `/${s}/ matched "${m[0]}" without any of ${lits.join(', ')}`); }
    }
    assert.ok(checked > 50);
  });

  it('random texts built from a pattern’s own pieces: a match always contains a required literal', () => {
    for (const s of sources.slice(0, 400)) {
      const lits = requiredLiterals(s);
      if (!lits) continue;
      const words = [...new Set(s.replace(/\\./g, ' ').split(/[^a-z' -]+/).flatMap(w => w.split(' ')).filter(Boolean)), ' ', '-', "'"];
      const re = new RegExp(s, 'u');
      fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }).map(a => a.join(' ')), t => {
        const m = re.exec(t);
        return !m || lits.some(l => m[0].includes(l));
      }), { numRuns: 25 });
    }
  });
});
