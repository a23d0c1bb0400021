// The CLI as a user runs it: the built dist/cli.js in a child process, with real files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers';
import { COVERAGE_KEYS } from '../../server/src/core/coverage';

const CLI = path.join(ROOT, 'bin', 'palermo.js');
const run = (args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-cli-'));

describe('palermo check (CLI)', () => {
  const example = path.join('examples', 'draft-bill-en.bill');

  it('prints grouped text findings and exits 1 when an error-severity finding exists', () => {
    const r = run(['check', example]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /draft-bill-en\.bill/);
    assert.match(r.stdout, /act-transfer-missing/);
    assert.match(r.stdout, /\d+ files? checked/);
    assert.ok(!/\u001b\[/.test(r.stdout), 'no colour codes when not a TTY');
  });

  it('writes the versioned JSON contract with every coverage key for every file', () => {
    const r = run(['check', 'examples', '--format', 'json']);
    assert.equal(r.code, 1);
    const rep = JSON.parse(r.stdout);
    assert.equal(rep.version, 1);
    assert.equal(rep.tool.name, 'palermo');
    assert.ok(rep.files.length >= 3);
    for (const f of rep.files) {
      assert.ok(typeof f.path === 'string' && typeof f.language === 'string' && typeof f.format === 'string');
      assert.deepEqual(Object.keys(f.coverage).sort(), [...COVERAGE_KEYS].sort());
      for (const v of Object.values(f.coverage) as { present: unknown }[]) assert.equal(typeof v.present, 'boolean');
      for (const d of f.diagnostics) {
        assert.ok(d.code && d.severity && d.message && d.range && Array.isArray(d.citations));
        for (const c of d.citations) assert.match(c, /^A\/RES\/72\/1, para \d+(\([a-z]\))?$/);
        assert.ok(fs.existsSync(path.join(ROOT, d.docs)), `${d.docs} exists`);
      }
    }
    const en = rep.files.find((f: { path: string }) => f.path.endsWith('draft-bill-en.bill'));
    assert.equal(en.language, 'en');
    assert.equal(en.coverage['act.transfer'].present, false);
    assert.equal(en.coverage['act.recruitment'].present, true);
    assert.ok(en.coverage['act.recruitment'].range.start.line > 0);
  });

  it('exits 0 when there is no error-severity finding', () => {
    const d = tmp();
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/rules/complete-en.bill'), path.join(d, 'bill.bill'));
    fs.writeFileSync(path.join(d, '.palermo.json'), JSON.stringify({ rules: { 'victim-assistance-missing': 'warning', 'victim-compensation-missing': 'warning' } }));
    const r = run(['check', 'bill.bill'], d);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });

  it('exits 2 with a one-line message naming an unreadable file, and still reports the others', () => {
    const r = run(['check', 'no/such/file.bill', example, '--format', 'json']);
    assert.equal(r.code, 2);
    const rep = JSON.parse(r.stdout);
    assert.equal(rep.files.length, 1);
    assert.deepEqual(rep.errors, [{ path: 'no/such/file.bill', message: 'no such file' }]);
    assert.match(r.stderr, /^palermo: no\/such\/file\.bill: no such file$/m);
  });

  it('reports binary input as not text, and analyses empty, CRLF and unusual-Unicode files', () => {
    const d = tmp();
    fs.writeFileSync(path.join(d, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    fs.writeFileSync(path.join(d, 'empty.txt'), '');
    fs.writeFileSync(path.join(d, 'crlf.txt'), fs.readFileSync(path.join(ROOT, example), 'utf8').replace(/\n/g, '\r\n'));
    fs.writeFileSync(path.join(d, 'odd.txt'), '\u202e\u{1F600}\uFEFF recruits 𝕳𝖆𝖗𝖇𝖔𝖚𝖗𝖘 \u0301\u0301 ﷽ \uD800');
    const r = run(['check', '.', '--format', 'json'], d);
    assert.equal(r.code, 2);
    const rep = JSON.parse(r.stdout);
    assert.deepEqual(rep.errors.map((e: { path: string }) => e.path), ['blob.txt']);
    assert.match(rep.errors[0].message, /not a text file/);
    assert.deepEqual(rep.files.map((f: { path: string }) => f.path).sort(), ['crlf.txt', 'empty.txt', 'odd.txt']);
    assert.deepEqual(rep.files.find((f: { path: string }) => f.path === 'empty.txt').diagnostics, []);
    const crlf = rep.files.find((f: { path: string }) => f.path === 'crlf.txt');
    const lf = JSON.parse(run(['check', example, '--format', 'json']).stdout).files[0];
    assert.deepEqual(crlf.diagnostics.map((x: { code: string; range: unknown }) => [x.code, x.range]), lf.diagnostics.map((x: { code: string; range: unknown }) => [x.code, x.range]));
  });

  it('rejects bad usage with exit 2', () => {
    assert.equal(run(['check']).code, 2);
    assert.equal(run(['check', example, '--format', 'yaml']).code, 2);
    assert.equal(run(['frobnicate']).code, 2);
  });

  it('applies .palermo.json like the editor, reports its errors by file and key, and lets flags override it', () => {
    const d = tmp();
    fs.copyFileSync(path.join(ROOT, example), path.join(d, 'bill.bill'));
    fs.writeFileSync(path.join(d, '.palermo.json'), JSON.stringify({ profile: 'COE', billType: 'nonsense', rules: { 'act-transfer-missing': 'off' } }));
    const r = run(['check', 'bill.bill', '--format', 'json'], d);
    const f = JSON.parse(r.stdout).files[0];
    assert.equal(f.settings.profile, 'COE');
    assert.equal(f.settings.billType, 'comprehensive', 'the invalid key is ignored, the rest applies');
    assert.ok(!f.diagnostics.some((x: { code: string }) => x.code === 'act-transfer-missing'));
    assert.match(r.stderr, /"billType" in .*\.palermo\.json/);
    const over = JSON.parse(run(['check', 'bill.bill', '--format', 'json', '--profile', 'EU'], d).stdout).files[0];
    assert.equal(over.settings.profile, 'EU');
  });

  it('writes SARIF and writes only to the --output path it is given', () => {
    const d = tmp();
    const out = path.join(d, 'reports', 'palermo.sarif');
    const r = run(['check', path.join(ROOT, example), '--format', 'sarif', '--output', out], d);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const sarif = JSON.parse(fs.readFileSync(out, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'act-transfer-missing'));
    assert.deepEqual(fs.readdirSync(d), ['reports']);
  });

  it('lists rules and prints declaration paragraphs', () => {
    const r = run(['rules', '--format', 'json']);
    assert.equal(r.code, 0);
    const rules = JSON.parse(r.stdout);
    assert.ok(rules.some((x: { code: string }) => x.code === 'act-harbouring-missing'));
    const p = run(['declaration', '8']);
    assert.equal(p.code, 0);
    assert.match(p.stdout, /not penalized for having been trafficked/);
    assert.equal(run(['declaration', '99']).code, 2);
  });
});
