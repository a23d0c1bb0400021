#!/usr/bin/env node
// npm run bench — palermo's speed and footprint, measured in one run next to markdownlint:
//   core      full analysis of a 100 KB and a 1 MB bill (built from the corpus), and markdownlint linting the
//             same text in the same process (median of several runs each, after warm-up);
//   server    the built language server over stdio: open → diagnostics, keystroke edits → diagnostics,
//             hover, completion; RSS with ten 1 MB bills open;
//   extension dist/extension.js load + activate() against a stub editor API (the server start it triggers
//             is measured separately as server start → initialize result);
//   package   .vsix size (npm run package).
// Options: --corpus DIR (default ../shared/corpus), --json FILE (write the results), --runs N, --no-package.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { lint as markdownlint } from 'markdownlint/sync';
import { buildBill } from './bills.mjs';
import { Server, now, positionOf } from './lsp.mjs';
import { measureActivation } from './activation.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (k, d) => { const i = process.argv.indexOf(k); return i < 0 ? d : process.argv[i + 1]; };
const corpus = path.resolve(arg('--corpus', path.join(root, '..', 'shared', 'corpus')));
// 15 runs of the 1 MB bill (45 of the 100 KB): with 7, the median moved by ±15 % between two runs of the bench
// (a run that meets one of markdownlint's major collections takes twice as long).
const RUNS = Number(arg('--runs', 15));
const cache = path.join(root, 'bench', '.cache');
fs.mkdirSync(cache, { recursive: true });

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
// Ratios to three decimals: the target is judged on 0.10, and two decimals would round 0.104 down to it.
const r1 = x => Math.round(x * 10) / 10, r2 = x => Math.round(x * 100) / 100, r3 = x => Math.round(x * 1000) / 1000;
const log = (...a) => console.error('bench:', ...a);

// The core exactly as the server bundles it (esbuild, same entry code), loaded in this process.
const coreFile = path.join(cache, 'core.cjs');
await esbuild.build({ entryPoints: [path.join(root, 'server', 'src', 'core', 'index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: coreFile, logLevel: 'warning' });
const core = createRequire(import.meta.url)(coreFile);

const bills = {};
for (const [name, bytes] of [['100KB', 100 * 1024], ['1MB', 1024 * 1024]]) {
  const text = buildBill(corpus, bytes);
  const file = path.join(cache, `bill-${name}.bill`);
  fs.writeFileSync(file, text);
  bills[name] = { text, file, bytes: Buffer.byteLength(text) };
}

const results = {
  date: new Date().toISOString(),
  machine: { cpu: os.cpus()[0]?.model.trim(), cores: os.cpus().length, memoryGB: r1(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.version, loadavg_at_start: os.loadavg().map(r2) },
  bills: Object.fromEntries(Object.entries(bills).map(([k, b]) => [k, { bytes: b.bytes, lines: b.text.split('\n').length }])),
  core: {}, server: {}, extension: {}, package: {},
};

// ---- core vs markdownlint, same text, same process, interleaved runs ------------------------------------
// A full analysis is the CLI's: a file analysed once (`incremental: false`: nothing kept by position for a next
// version), with the content-keyed caches (core/cache.ts) emptied first, so nothing is reused. The editor's
// first analysis of a document also keeps its results by position for the keystrokes to come; it is timed
// too ("editor's first analysis"), on its own line.
for (const [name, b] of Object.entries(bills)) {
  const runs = name === '1MB' ? RUNS : RUNS * 3;
  const pal = [], md = [], ed = [];
  let a;
  for (let i = 0; i < 3; i++) { a = core.analyze(b.text, { format: 'bill', incremental: false }); markdownlint({ strings: { bill: b.text } }); } // warm-up
  for (let i = 0; i < runs; i++) {
    core.clearCaches();
    let t = now(); a = core.analyze(b.text, { format: 'bill', incremental: false }); pal.push(now() - t);
    t = now(); markdownlint({ strings: { bill: b.text } }); md.push(now() - t);
  }
  // The editor's first analysis, in a loop of its own so that the interleaved pairs above are as before.
  for (let i = 0; i < runs; i++) {
    core.clearCaches();
    const t = now(); core.analyze(b.text, { format: 'bill' }); ed.push(now() - t);
  }
  results.core[name] = { palermo_ms: r1(median(pal)), markdownlint_ms: r1(median(md)), ratio: r3(median(pal) / median(md)), editor_first_ms: r1(median(ed)), editor_ratio: r3(median(ed) / median(md)), findings: a.findings.length, provisions: a.provisions.length, runs };
  log(name, results.core[name]);
}

// ---- language server over stdio --------------------------------------------------------------------------
const serverJs = path.join(root, 'dist', 'server.js');
{
  const s = new Server(serverJs);
  const t0 = now();
  await s.initialize();
  results.server.start_to_initialize_ms = r1(now() - t0);
  for (const [name, b] of Object.entries(bills)) {
    const uri = pathToFileURL(b.file).href;
    const open = await s.open(uri, b.text);
    // Keystrokes: one character typed at a time into the first offence provision, each edit waited for.
    const at = positionOf(b.text, 'recruits') ?? { line: 1, character: 0 };
    const edits = [];
    // The first keystrokes after the server starts also wait for V8 to compile the incremental path (each runs
    // once per keystroke, so it takes a score of them): those are reported on their own, as "first keystrokes",
    // and the target is judged on the keystrokes that follow, as a drafter typing steadily meets them.
    const WARM = 20, n = name === '1MB' ? 21 : 41;
    const first = [];
    for (let v = 2; v < 2 + WARM + n; v++) {
      const ms = await s.edit(uri, v, { line: at.line, character: at.character + (v - 2) }, 'x');
      (v < 2 + WARM ? first : edits).push(ms);
    }
    // Hover on an element term, completion at the start of a line (repeated; first call may compute).
    const hpos = positionOf(b.text, 'harbours') ?? at;
    const hovers = [], completions = [];
    for (let i = 0; i < 30; i++) hovers.push((await s.request('textDocument/hover', { textDocument: { uri }, position: { line: hpos.line, character: hpos.character + 2 } })).ms);
    const compl = s.capabilities.completionProvider ? [] : undefined;
    if (compl) for (let i = 0; i < 30; i++) {
      const r = await s.request('textDocument/completion', { textDocument: { uri }, position: { line: at.line, character: 0 } });
      completions.push(r.ms);
    }
    results.server[name] = {
      open_to_diagnostics_ms: r1(open), edit_to_diagnostics_median_ms: r1(median(edits)), edit_to_diagnostics_max_ms: r1(Math.max(...edits)), edits: n,
      first_edits_median_ms: r1(median(first)), first_edits_max_ms: r1(Math.max(...first)), first_edits: WARM,
      hover_median_ms: r2(median(hovers)), completion_median_ms: compl ? r2(median(completions)) : null,
    };
    log('server', name, results.server[name]);
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  await s.stop();
}
{
  // Memory: ten distinct 1 MB bills open at once (each differs so nothing is shared by accident).
  const s = new Server(serverJs);
  await s.initialize();
  const base = bills['1MB'].text;
  for (let i = 0; i < 10; i++) await s.open(`file:///bench/bill-${i}.bill`, `BILL NO. ${i}\n${base}`);
  await new Promise(r => setTimeout(r, 500));
  results.server.rss_10x1MB_MB = r1(s.rssMB());
  log('rss', results.server.rss_10x1MB_MB);
  await s.stop();
}

// ---- CLI over a collection: every corpus law, four times, one thread vs worker threads ----------------------
{
  const dir = path.join(cache, 'collection');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const lang of fs.readdirSync(corpus).filter(d => fs.statSync(path.join(corpus, d)).isDirectory())) {
    for (const f of fs.readdirSync(path.join(corpus, lang)).filter(f => f.endsWith('.txt'))) {
      for (let k = 0; k < 4; k++) { fs.copyFileSync(path.join(corpus, lang, f), path.join(dir, `${k}-${lang}-${f}`)); n++; }
    }
  }
  const big = path.join(cache, 'collection-1MB');
  fs.rmSync(big, { recursive: true, force: true });
  fs.mkdirSync(big, { recursive: true });
  for (let k = 0; k < 6; k++) fs.writeFileSync(path.join(big, `bill-${k}.bill`), `BILL NO. ${k}\n${bills['1MB'].text}`);
  // Identical copies: a text equal to the one analysed before must cost what any other bill does (remembered
  // texts compared in full at every lookup once made one copy of a 1 MB bill take seconds).
  const copies = path.join(cache, 'collection-copies');
  fs.rmSync(copies, { recursive: true, force: true });
  fs.mkdirSync(copies, { recursive: true });
  for (let k = 0; k < 3; k++) fs.writeFileSync(path.join(copies, `copy-${k}.bill`), bills['1MB'].text);
  const cli = path.join(root, 'bin', 'palermo.js');
  const time = (d, jobs) => { const t = now(); spawnSync(process.execPath, [cli, 'check', d, '--format', 'json', '--no-project-config', '--jobs', jobs, '-o', path.join(cache, 'collection.json')], { stdio: 'ignore' }); return now() - t; };
  const cores = String(os.cpus().length);
  for (const [name, d, files] of [['cli', dir, n], ['cli_1MB_bills', big, 6], ['cli_1MB_copies', copies, 3]]) {
    const single = Math.min(time(d, '1'), time(d, '1')), parallel = Math.min(time(d, cores), time(d, cores));
    results[name] = { files, jobs_1_ms: Math.round(single), [`jobs_${cores}_ms`]: Math.round(parallel), speedup: r2(single / parallel) };
    log(name, results[name]);
  }
}

// ---- extension activation ---------------------------------------------------------------------------------
results.extension = await measureActivation(path.join(root, 'dist', 'extension.js'));
log('extension', results.extension);

// ---- package size -------------------------------------------------------------------------------------------
if (!process.argv.includes('--no-package')) {
  execFileSync('npm', ['run', '-s', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = path.join(root, 'palermo.vsix');
  results.package.vsix_MB = r2(fs.statSync(vsix).size / 2 ** 20);
  // The packaged extension is the minified build that npm run package just made: its activation too.
  results.extension.packaged = await measureActivation(path.join(root, 'dist', 'extension.js'));
  log('extension (packaged)', results.extension.packaged);
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'ignore' }); // packaging minified dist/: restore the test build
  log('vsix', results.package.vsix_MB);
}

results.machine.loadavg_at_end = os.loadavg().map(r2);
const json = arg('--json');
if (json) fs.writeFileSync(json, JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));
process.exit(0);
