// `palermo fix` and `--assume-general-part`, run as a user runs them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, readFixture } from '../helpers';

const CLI = path.join(ROOT, 'bin', 'palermo.js');
const run = (args: string[], cwd = ROOT) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const json = (args: string[], cwd?: string) => JSON.parse(run([...args, '--format', 'json', '--no-project-config'], cwd).stdout);

describe('palermo fix (CLI)', () => {
  it('prints the bill with the missing clauses inserted, every original line kept in order', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-fix-'));
    const f = path.join(d, 'bill.bill');
    const text = readFixture('clauses/parts-en.bill');
    fs.writeFileSync(f, text);
    const r = run(['fix', f, '--code', 'non-penalization-missing', '--no-project-config']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /non-penalization-missing/);
    assert.equal(fs.readFileSync(f, 'utf8'), text, 'without --write the file is untouched');
    // Only additions: removing the inserted block gives back the original.
    const added = r.stdout.length - text.length;
    assert.ok(added > 0);
    const at = [...text].findIndex((c, i) => r.stdout[i] !== c);
    assert.equal(r.stdout.slice(0, at) + r.stdout.slice(at + added), text);
  });

  it('--write fixes in place, and the re-check no longer reports the fixed codes', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-fix-'));
    const f = path.join(d, 'bill.bill');
    fs.writeFileSync(f, readFixture('clauses/parts-en.bill'));
    const before = json(['check', f]).files[0].diagnostics.map((x: { code: string }) => x.code);
    assert.ok(before.includes('non-penalization-missing') && before.includes('victim-privacy-missing'));
    const r = run(['fix', f, '--write', '--no-project-config']);
    assert.equal(r.code, 0, r.stderr);
    const after = json(['check', f]).files[0].diagnostics.map((x: { code: string }) => x.code);
    assert.ok(!after.includes('non-penalization-missing') && !after.includes('victim-privacy-missing'), after.join(' '));
  });

  it('--diff prints a model clause as added lines only, with the new section numbered after the victims part', () => {
    const r = run(['fix', 'examples/draft-bill-en.bill', '--diff', '--code', 'non-penalization-missing', '--no-project-config']);
    assert.equal(r.code, 0, r.stderr);
    const added = r.stdout.split('\n').filter(l => l.startsWith('+') && !l.startsWith('+++'));
    assert.equal(added.find(l => l !== '+'), '+5. Non-punishment of victims'); // after the blank separator line
    assert.ok(!r.stdout.split('\n').some(l => l.startsWith('-') && !l.startsWith('---')), 'nothing removed');
  });

  it('--diff shows an element fix as the enumeration line replaced by the amended one', () => {
    const r = run(['fix', 'examples/draft-bill-en.bill', '--diff', '--code', 'act-transfer-missing', '--no-project-config']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    const removed = lines.filter(l => l.startsWith('-') && !l.startsWith('---'));
    const added = lines.filter(l => l.startsWith('+') && !l.startsWith('+++'));
    assert.equal(removed.length, 1);
    assert.equal(added.length, 1);
    // The amended line is the old line with one word inserted: nothing else on it changed.
    const before = removed[0].slice(1), after = added[0].slice(1);
    assert.ok(after.length > before.length);
    const at = [...before].findIndex((ch, i) => ch !== after[i]);
    assert.equal(after.slice(0, at) + after.slice(at + after.length - before.length), before);
  });

  it('rejects unknown codes and .docx output with exit 2', () => {
    assert.equal(run(['fix', 'test/fixtures/clauses/parts-en.bill', '--code', 'no-such-code']).code, 2);
  });

  it('.palermo.json and the command-line flags resolve profile and bill type identically', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-cfg-'));
    fs.copyFileSync(path.join(ROOT, 'test/fixtures/clauses/parts-en.bill'), path.join(d, 'bill.bill'));
    fs.writeFileSync(path.join(d, '.palermo.json'), JSON.stringify({ profile: 'EU', billType: 'penal-amendment', assumeGeneralPart: true }));
    const sev = (args: string[]) => Object.fromEntries(JSON.parse(run(['check', 'bill.bill', '--format', 'json', ...args], d).stdout).files[0].diagnostics.map((x: { code: string; severity: string }) => [x.code, x.severity]));
    const fromFile = sev([]);
    const fromFlags = sev(['--no-project-config', '--profile', 'EU', '--bill-type', 'penal-amendment', '--assume-general-part']);
    assert.deepEqual(fromFile, fromFlags);
    assert.equal(fromFile['non-penalization-missing'], 'error');
    assert.equal(fromFile['training-missing'], 'info');
    assert.equal(fromFile['attempt-missing'], 'info');
  });

  it('--assume-general-part reports attempt and complicity as info', () => {
    const bill = path.join('test', 'fixtures', 'clauses', 'parts-en.bill');
    const sev = (extra: string[]) => Object.fromEntries(json(['check', bill, ...extra]).files[0].diagnostics.map((x: { code: string; severity: string }) => [x.code, x.severity]));
    assert.equal(sev([])['attempt-missing'], 'warning');
    assert.equal(sev(['--assume-general-part'])['attempt-missing'], 'info');
    assert.equal(sev(['--assume-general-part'])['jurisdiction-missing'], 'info');
  });
});
