#!/usr/bin/env node
// A stand-in for the VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }) where no
// VS Code desktop build can be downloaded: it takes the arguments runTests passes to `code`, serves the same
// VS Code (code-server, installed by run.sh into .ci-out/cache) with those profile directories, runs the
// extension tests in its Node extension host through the workbench URL payload, and exits with their code.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runExtensionTests } from './exthost.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..', '..');
const CS = process.env.PALERMO_CODE_SERVER ?? path.join(ROOT, '.ci-out', 'cache', 'code-server', 'node_modules', '.bin', 'code-server');

const flags = {}; const positional = [];
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
  if (m) flags[m[1]] = m[2] ?? true; else positional.push(a);
}
const devPath = flags.extensionDevelopmentPath, testsPath = flags.extensionTestsPath;
if (!devPath || !testsPath) { console.error('code-shim: needs --extensionDevelopmentPath and --extensionTestsPath'); process.exit(2); }
const userData = path.resolve(flags['user-data-dir'] ?? path.join(ROOT, '.vscode-test', 'user-data'));
const extensions = path.resolve(flags['extensions-dir'] ?? path.join(ROOT, '.vscode-test', 'extensions'));
const folder = path.resolve(positional[0] ?? path.join(here, 'workspace'));
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.mkdirSync(extensions, { recursive: true });
fs.copyFileSync(path.join(here, 'settings.json'), path.join(userData, 'User', 'settings.json'));

const port = await new Promise(res => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
const base = `http://127.0.0.1:${port}`;
const cs = spawn(CS, ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', userData, '--extensions-dir', extensions,
  '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened'],
{ detached: true, stdio: 'ignore', env: { ...process.env, XDG_CONFIG_HOME: path.join(userData, 'xdg-config'), XDG_DATA_HOME: path.join(userData, 'xdg-data') } });
const stop = () => { try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* already gone */ } };
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130)); // runTests sends SIGINT on Ctrl+C

let code = 'not started';
for (let i = 0; i < 300; i++) {
  if (await fetch(`${base}/healthz`).then(r => r.ok, () => false)) { code = undefined; break; }
  await new Promise(r => setTimeout(r, 100));
}
if (code) { console.log(`not ok - test-electron: code-server did not start (${CS})`); process.exit(1); }
code = await runExtensionTests(base, folder, path.resolve(devPath), path.resolve(testsPath),
  { log: line => console.log(line.replace(/^((?:not )?ok - |# (?:pending - )?)extension host/, '$1test-electron › extension host')) });
console.log(`# code-shim: extension tests exited with ${code}`);
process.exit(code === 0 ? 0 : 1);
