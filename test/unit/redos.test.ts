// Every regular expression in the product — literals in the server and client, lexicon patterns from data,
// and patterns built at run time — must be free of catastrophic backtracking (recheck). A vulnerable pattern
// fails here; rewrite it (bounded repetitions, no overlapping quantifiers, indexOf scans for delimiters).
import assert from 'node:assert/strict';
import { ROOT } from '../helpers';
import { collect, key, type Pattern } from '../redos/collect';
import { checkAll, loadVerdicts, verdict } from '../redos/verdict';

describe('ReDoS: every regular expression is safe', function () {
  this.timeout(600000);
  let patterns: Pattern[] = [];
  before(() => { patterns = collect(ROOT); });

  it('finds the patterns of every kind (literals, lexicon data, run-time)', () => {
    assert.ok(patterns.some(p => p.origin.startsWith('server/src/core/structure/')), 'literals');
    assert.ok(patterns.some(p => p.origin.startsWith('data/lexicons/en/')), 'lexicon data');
    assert.ok(patterns.some(p => p.origin.startsWith('constructed at run time')), 'run-time');
    assert.ok(patterns.length > 200);
  });

  it('recheck flags a vulnerable pattern (the check is not vacuous)', async () => {
    assert.equal((await verdict({ source: '^(a+)+$', flags: '' })).status, 'vulnerable');
    assert.equal((await verdict({ source: '\\s+$', flags: '' })).status, 'vulnerable');
    assert.equal((await verdict({ source: '(?:ab|cd)[^.;]{0,80}x', flags: 'u' })).status, 'safe');
  });

  it('no pattern is vulnerable or undecided', async () => {
    const verdicts = await checkAll(patterns, loadVerdicts(ROOT));
    const bad = patterns.filter(p => verdicts.get(p)!.status !== 'safe')
      .map(p => `${p.origin}: ${key(p).slice(0, 160)} → ${verdicts.get(p)!.status} ${verdicts.get(p)!.complexity ?? ''} ${verdicts.get(p)!.attack ?? ''}`);
    assert.deepEqual(bad, []);
  });
});
