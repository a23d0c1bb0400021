// Incremental analysis gives exactly the results of a fresh one. The editor re-analyses after every
// keystroke with the previous analysis and the core's content-keyed caches (core/cache.ts); here random edit
// sequences on real bills are analysed both ways and every result compared.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../server/src/core/analysis';
import { clearCaches, setCaching } from '../../server/src/core/cache';
import type { Format } from '../../server/src/core/types';
import { ROOT } from '../helpers';

const bills = [
  ...fs.readdirSync(path.join(ROOT, 'examples')).map(f => path.join(ROOT, 'examples', f)),
  ...fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'rules')).filter(f => f.endsWith('.bill')).map(f => path.join(ROOT, 'test', 'fixtures', 'rules', f)),
].filter(f => fs.statSync(f).isFile()).map(f => fs.readFileSync(f, 'utf8'));

/** What an editor or report sees of an analysis. */
function view(a: Analysis): unknown {
  return {
    folded: a.folded, language: a.language,
    provisions: a.provisions.map(p => [p.id, p.kind, p.start, p.end, p.bodyStart, p.label, p.heading, p.lang, p.term]),
    terms: a.terms.map(t => [t.key, t.span, t.defSpan, t.provision.id]),
    scope: [...a.scope.core, ...a.scope.extended].map(u => [u.provision.id, u.role, u.spans]),
    coverage: a.coverage,
    findings: a.findings.map(f => ({ ...f })),
  };
}

function fresh(text: string, format: Format): Analysis {
  setCaching(false);
  try { return analyze(text, { format }); } finally { setCaching(true); }
}

const edit = fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom('', 'x', ' ', '\n', 'harbours, ', 'receives ', '(c) ', 'Section 9. ', '"child" means ', ';', 'é', 'consent is irrelevant. ', 'victims shall not be punished '));

describe('incremental analysis (core/cache.ts)', function () {
  this.timeout(120000);

  it('keystroke after keystroke, results equal a fresh analysis', () => {
    fc.assert(fc.property(fc.constantFrom(...bills), fc.array(edit, { minLength: 1, maxLength: 12 }), fc.constantFrom<Format>('bill', 'markdown'), (bill, edits, format) => {
      let text = bill;
      let prev = analyze(text, { format });
      for (const [at, del, ins] of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + ins + text.slice(i + del);
        const inc = analyze(text, { format, previous: prev });
        assert.deepEqual(view(inc), view(fresh(text, format)));
        prev = inc;
      }
    }), { numRuns: 60 });
  });

  it('keystrokes on a long bill (results carried over by position, text/spans.ts) equal a fresh analysis', () => {
    const long = bills.join('\n\n').repeat(2);
    assert.ok(long.length > 20_000);
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), edits => {
      let text = long;
      let prev = analyze(text, { format: 'bill' });
      for (const [at, del, ins] of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + ins + text.slice(i + del);
        const inc = analyze(text, { format: 'bill', previous: prev });
        assert.deepEqual(view(inc), view(fresh(text, 'bill')));
        prev = inc;
      }
    }), { numRuns: 12 });
  });

  it('a large bill edited after a cached analysis equals a fresh analysis', () => {
    const big = bills.join('\n\n').repeat(3);
    analyze(big, { format: 'bill' });
    const edited = big.replace('recruits', 'recruits, harbours');
    const inc = analyze(edited, { format: 'bill', previous: analyze(big, { format: 'bill' }) });
    assert.deepEqual(view(inc), view(fresh(edited, 'bill')));
  });

  it('a one-off analysis (incremental: false, as the CLI runs it) equals the editor’s, and keystrokes after it still do', () => {
    const long = bills.join('\n\n').repeat(2);
    for (const text of [...bills.slice(0, 4), long]) {
      clearCaches();
      const once = analyze(text, { format: 'bill', incremental: false });
      assert.deepEqual(view(once), view(fresh(text, 'bill')));
      clearCaches();
      assert.deepEqual(view(once), view(analyze(text, { format: 'bill' })));
    }
    clearCaches();
    const prev = analyze(long, { format: 'bill', incremental: false });
    const edited = long.replace('recruits', 'recruits, harbours');
    assert.deepEqual(view(analyze(edited, { format: 'bill', previous: prev })), view(fresh(edited, 'bill')));
  });
});
