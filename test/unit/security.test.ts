// Security properties of what ships: the extension declares workspace-trust support, the bundles make no
// network requests (only the editor's local IPC pipes), product code never runs code from the workspace
// (no eval, no child processes, no dynamic require), and the CLI writes nothing but the report it is told to.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Node modules that talk to the network. `net` is allowed only where the LSP libraries open local IPC pipes. */
const NETWORK = /require\("(?:node:)?(https?|http2|tls|dgram|dns|net|undici)"\)|\bfetch\(|\bXMLHttpRequest\b|\bnew WebSocket\b|\bEventSource\b/g;
const PROCESS = /require\("(?:node:)?(child_process|cluster|vm)"\)/g;
/** Bundle sections (esbuild marks each with a "// path" comment) allowed to use net / child_process, and why. */
const ALLOWED: { module: RegExp; use: RegExp; why: string }[] = [
  { module: /node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$/, use: /require\("net"\)/, why: 'JSON-RPC over a local pipe or socket the editor opens' },
  { module: /node_modules\/vscode-jsonrpc\/lib\/node\/main\.js$|node_modules\/vscode-languageclient\/lib\/node\/(main|processes)\.js$/, use: /child_process/, why: 'the client starts (and on Windows stops) the server process' },
  { module: /node_modules\/vscode-languageserver\/lib\/node\/files\.js$/, use: /child_process/, why: 'library helper to resolve global modules; palermo never calls it' },
  { module: /node_modules\/commander\/lib\/command\.js$/, use: /child_process/, why: 'commander runs executable sub-commands; palermo defines none' },
];

function sectionAt(bundle: string, offset: number): string {
  const head = bundle.lastIndexOf('\n// ', offset);
  return head < 0 ? '' : bundle.slice(head + 4, bundle.indexOf('\n', head + 1));
}

describe('security', () => {
  it('declares workspace-trust and virtual-workspace support', () => {
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(typeof pkg.capabilities.untrustedWorkspaces.description, 'string');
    assert.ok(pkg.capabilities?.virtualWorkspaces !== undefined);
  });

  for (const bundle of ['extension.js', 'server.js', 'cli.js']) {
    it(`dist/${bundle} makes no network calls and starts no processes outside the LSP libraries`, () => {
      const file = path.join(ROOT, 'dist', bundle);
      assert.ok(fs.existsSync(file), 'build first (npm test builds)');
      const text = fs.readFileSync(file, 'utf8');
      const bad: string[] = [];
      for (const re of [NETWORK, PROCESS]) {
        for (const m of text.matchAll(re)) {
          const section = sectionAt(text, m.index ?? 0);
          if (!ALLOWED.some(a => a.module.test(section) && a.use.test(m[0]))) bad.push(`${m[0]} in ${section || 'palermo code'}`);
        }
      }
      assert.deepEqual(bad, []);
    });
  }

  it('product sources never evaluate code, spawn processes or load modules by computed name', () => {
    const bad: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) { walk(p); continue; }
        if (!/\.ts$/.test(e.name)) continue;
        const src = fs.readFileSync(p, 'utf8');
        for (const re of [/\beval\s*\(/, /\bnew Function\s*\(/, /from ['"](?:node:)?(child_process|vm|http|https|net|tls|dgram)['"]/, /require\s*\(\s*[^'"\s)]/, /\bimport\s*\(\s*[^'"\s)]/, /\bfetch\s*\(/]) {
          const m = re.exec(src);
          if (m) bad.push(`${path.relative(ROOT, p)}: ${m[0]}`);
        }
      }
    };
    walk(path.join(ROOT, 'server', 'src'));
    walk(path.join(ROOT, 'client', 'src'));
    assert.deepEqual(bad, []);
  });

  it('the CLI writes only the report path it is given, nothing next to the bills or in the working directory', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-sec-'));
    const bills = path.join(d, 'bills'), work = path.join(d, 'work');
    fs.mkdirSync(bills); fs.mkdirSync(work);
    fs.copyFileSync(path.join(ROOT, 'examples', 'draft-bill-en.bill'), path.join(bills, 'a.bill'));
    fs.writeFileSync(path.join(bills, 'b.md'), '# Act\n\nSection 1. A person who recruits commits trafficking.\n');
    fs.writeFileSync(path.join(bills, '.palermo.json'), '{"profile": "EU"}');
    const snapshot = (dir: string) => fs.readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).sort()
      .map(f => { const s = fs.statSync(path.join(dir, f)); return s.isDirectory() ? `${f} dir` : `${f} ${s.size} ${s.mtimeMs}`; });
    const before = snapshot(d);
    const cli = path.join(ROOT, 'bin', 'palermo.js');
    for (const args of [['check', bills], ['check', bills, '--format', 'json'], ['check', bills, '--format', 'sarif', '-o', path.join(work, 'out', 'r.sarif')]]) {
      const r = spawnSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
    }
    const after = snapshot(d);
    assert.deepEqual(after.filter(f => !before.includes(f)).map(f => f.split(' ')[0]).sort(), [path.join('work', 'out'), path.join('work', 'out', 'r.sarif')]);
    assert.deepEqual(before.filter(f => !after.includes(f)), []);
  });
});
