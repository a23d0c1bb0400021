import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers';

describe('generated files', () => {
  it('docs/rules and schemas/palermo.schema.json match the rule registry (run npm run generate)', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'out', 'scripts', 'generate.js'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr + r.stdout);
  });
});
