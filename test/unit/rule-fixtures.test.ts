// Runs every fixture in test/fixtures/rules against its .expect.json (codes, severities, lines, coverage).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { formatFor } from '../../server/src/core/formats/view';
import { fixture } from '../helpers';

interface Expect {
  settings?: Record<string, unknown>;
  expect: { code: string; line?: number; severity?: string }[];
  absent?: string[];
  coverage?: Record<string, boolean>;
}

const dir = fixture('rules');
const bills = fs.readdirSync(dir).filter(f => !f.endsWith('.json') && !f.endsWith('README.md')).sort();

describe('rule fixtures', () => {
  it('has fixtures with expectations', () => { assert.ok(bills.length >= 4); });
  for (const bill of bills) {
    const expFile = path.join(dir, bill.replace(/\.[^.]+$/, '.expect.json'));
    it(bill, () => {
      assert.ok(fs.existsSync(expFile), `missing ${path.basename(expFile)}`);
      const exp = JSON.parse(fs.readFileSync(expFile, 'utf8')) as Expect;
      const text = fs.readFileSync(path.join(dir, bill), 'utf8');
      const a = analyze(text, { format: formatFor(bill, text), settings: exp.settings });
      const got = a.findings.map(f => ({ code: f.code, line: f.range.start.line + 1, severity: f.severity }));
      for (const e of exp.expect) {
        const hit = got.find(g => g.code === e.code && (e.line === undefined || g.line === e.line) && (e.severity === undefined || g.severity === e.severity));
        assert.ok(hit, `expected ${JSON.stringify(e)}; got ${JSON.stringify(got.filter(g => g.code === e.code))}`);
      }
      for (const code of exp.absent ?? []) assert.ok(!got.some(g => g.code === code), `unexpected ${code} at line ${got.find(g => g.code === code)?.line}`);
      for (const [k, v] of Object.entries(exp.coverage ?? {})) assert.equal(a.coverage[k]?.present, v, `coverage ${k}`);
      for (const f of a.findings) {
        assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `${f.code} range inside the document`);
      }
    });
  }
});
