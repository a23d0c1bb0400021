#!/usr/bin/env node
// node bench/memory.mjs [--corpus DIR] [--n 10] [--heap] — the server's resident memory with N distinct 1 MB
// bills open, measured exactly as `npm run bench` does (dist/server.js over stdio, launched as the product
// launches it, bills built by bench/bills.mjs, VmRSS from /proc), for quick iteration on memory alone.
// --later 5,10 reports again 5 s and then 10 s more later (V8's own memory reducer works on idle heaps).
// --snapshot FILE writes a V8 heap snapshot of the server at the end (implies --heap).
// --close then closes them all and reports again a second later.
// --stderr prints what the server wrote to stderr.
// --heap also asks the server for its V8 heap statistics (PALERMO_DEBUG_MEMORY=1 makes it answer
// palermo/debugMemory; the product never sets that variable).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBill } from './bills.mjs';
import { Server } from './lsp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (k, d) => { const i = process.argv.indexOf(k); return i < 0 ? d : process.argv[i + 1]; };
const corpus = path.resolve(arg('--corpus', path.join(root, '..', 'shared', 'corpus')));
const N = Number(arg('--n', 10));
const heap = process.argv.includes('--heap') || process.argv.includes('--snapshot');
if (heap) process.env.PALERMO_DEBUG_MEMORY = '1';

fs.mkdirSync(path.join(root, 'bench', '.cache'), { recursive: true });
const base = buildBill(corpus, 1024 * 1024);
const s = new Server(path.join(root, 'dist', 'server.js'));
await s.initialize();
const mb = x => Math.round(x * 10) / 10;
const report = async label => {
  const h = heap ? await s.conn.sendRequest('palermo/debugMemory') : undefined;
  console.log(label, 'rss', mb(s.rssMB()), 'MB', h ? JSON.stringify(h) : '');
};
await report('start');
for (let i = 0; i < N; i++) {
  await s.open(`file:///bench/bill-${i}.bill`, `BILL NO. ${i}\n${base}`);
  if (heap) await report(`open ${i + 1}`);
}
await new Promise(r => setTimeout(r, 500));
await report(`${N}x1MB (load ${os.loadavg().map(x => x.toFixed(2)).join(' ')})`);
if (process.argv.includes('--close')) {
  for (let i = 0; i < N; i++) s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: `file:///bench/bill-${i}.bill` } });
  await new Promise(r => setTimeout(r, 1000));
  await report('all closed, 1 s later');
}
for (const w of String(arg('--later', '')).split(',').filter(Boolean).map(Number)) { await new Promise(r => setTimeout(r, w * 1000)); await report(`+${w}s`); }
if (process.argv.includes('--smaps')) {
  // Resident memory by mapping: the binary, malloc's heap, and anonymous mappings by size (V8's heap pages
  // are 256 KB-aligned anonymous mappings; large objects get their own).
  const groups = new Map(); let cur;
  for (const line of fs.readFileSync(`/proc/${s.proc.pid}/smaps`, 'utf8').split('\n')) {
    const h = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (h) { const size = (parseInt(h[2], 16) - parseInt(h[1], 16)) / 1024; cur = h[3] || (size >= 1024 ? 'anon >=1MB' : size >= 256 ? 'anon 256K-1MB' : 'anon <256K'); continue; }
    const r = /^Rss:\s+(\d+) kB/.exec(line);
    if (r && cur) groups.set(cur, (groups.get(cur) ?? 0) + Number(r[1]) / 1024);
  }
  for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log('  smaps', v.toFixed(1), 'MB', k);
}
const snap = arg('--snapshot');
if (snap) console.log('snapshot', (await s.conn.sendRequest('palermo/debugMemory', { snapshot: path.resolve(snap) })).snapshot);
if (process.argv.includes("--stderr")) console.log(s.stderr);
await s.stop();
