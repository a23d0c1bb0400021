// palermo check --jobs: a collection of bills analysed in worker threads gives the same report, in the same
// order, as one thread; unreadable files are still reported by name.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers';

const CLI = path.join(ROOT, 'bin', 'palermo.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, NO_COLOR: '1' } });

describe('palermo check --jobs', function () {
  this.timeout(60000);
  it('gives the same JSON report with 3 worker threads as with one thread', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-jobs-'));
    const src = [path.join(ROOT, 'examples'), path.join(ROOT, 'test', 'fixtures', 'rules')]
      .flatMap(dir => fs.readdirSync(dir).filter(f => /\.(bill|md|txt)$/.test(f)).map(f => path.join(dir, f)));
    src.forEach((f, i) => fs.copyFileSync(f, path.join(d, `${String(i).padStart(3, '0')}-${path.basename(f)}`)));
    fs.writeFileSync(path.join(d, 'zz-binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0]));
    const one = run(['check', '.', '--format', 'json', '--jobs', '1', '--no-project-config'], d);
    const three = run(['check', '.', '--format', 'json', '--jobs', '3', '--no-project-config'], d);
    assert.equal(three.status, one.status, three.stderr);
    const a = JSON.parse(one.stdout), b = JSON.parse(three.stdout);
    assert.ok(a.files.length >= 10);
    assert.deepEqual(b, a);
    assert.ok(a.errors.some((e: { path: string }) => e.path === 'zz-binary.txt'));
  });

  it('accepts --jobs auto and a count above the number of files', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-jobs-'));
    fs.copyFileSync(path.join(ROOT, 'examples', 'draft-bill-en.bill'), path.join(d, 'a.bill'));
    for (const j of ['auto', '16']) {
      const r = run(['check', 'a.bill', '--format', 'json', '--jobs', j], d);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.equal(JSON.parse(r.stdout).files.length, 1);
    }
  });
});
