#!/usr/bin/env node
// node bench/report.mjs RESULTS.json — prints the BENCHMARKS.md table for a results file written by
// `npm run bench -- --json RESULTS.json`, each figure next to its target and, for the core, markdownlint.
import fs from 'node:fs';

const r = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const ok = (v, max) => (v == null ? 'n/a' : v <= max ? `${v} ✅` : `${v} ❌`);
const c1 = r.core['100KB'], c2 = r.core['1MB'], s1 = r.server['100KB'], s2 = r.server['1MB'];
const rows = [
  ['Full analysis, 100 KB bill', `${c1.palermo_ms} ms`, `markdownlint ${c1.markdownlint_ms} ms`, `ratio ${c1.ratio}`],
  ['Full analysis, 1 MB bill', `${c2.palermo_ms} ms`, `markdownlint ${c2.markdownlint_ms} ms`, `ratio ${ok(c2.ratio, 0.1)} (target ≤ 0.10)`],
  ...(c2.editor_first_ms !== undefined ? [['Editor’s first analysis, 100 KB / 1 MB (also keeps results by position for the next keystroke)', `${c1.editor_first_ms} / ${c2.editor_first_ms} ms`, '', `ratio ${c1.editor_ratio} / ${c2.editor_ratio}`]] : []),
  ['Open → diagnostics, 100 KB', `${s1.open_to_diagnostics_ms} ms`, '', ''],
  ['Open → diagnostics, 1 MB', `${s2.open_to_diagnostics_ms} ms`, '', ''],
  ['Keystroke → diagnostics, 100 KB (median)', `${ok(s1.edit_to_diagnostics_median_ms, 15)} ms`, `max ${s1.edit_to_diagnostics_max_ms} ms; first ${s1.first_edits ?? '—'} keystrokes after start: median ${s1.first_edits_median_ms ?? '—'}, max ${s1.first_edits_max_ms ?? '—'} ms`, 'target ≤ 15 ms'],
  ['Keystroke → diagnostics, 1 MB (median)', `${ok(s2.edit_to_diagnostics_median_ms, 100)} ms`, `max ${s2.edit_to_diagnostics_max_ms} ms; first ${s2.first_edits ?? '—'} keystrokes: median ${s2.first_edits_median_ms ?? '—'}, max ${s2.first_edits_max_ms ?? '—'} ms`, 'target ≤ 100 ms'],
  ['Hover (median), 100 KB / 1 MB', `${ok(s1.hover_median_ms, 2)} / ${ok(s2.hover_median_ms, 2)} ms`, '', 'target ≤ 2 ms'],
  ['Completion (median), 100 KB / 1 MB', `${ok(s1.completion_median_ms, 10)} / ${ok(s2.completion_median_ms, 10)} ms`, '', 'target ≤ 10 ms'],
  ['Server RSS, ten 1 MB bills open', `${ok(r.server.rss_10x1MB_MB, 150)} MB`, '', 'target ≤ 150 MB'],
  ['Server start → initialize result', `${r.server.start_to_initialize_ms} ms`, '', ''],
  ['Extension activation (dev build / packaged)', `${r.extension.activate_ms} / ${r.extension.packaged?.activate_ms ?? 'n/a'} ms`, `bundle load ${r.extension.bundle_load_ms} / ${r.extension.packaged?.bundle_load_ms ?? 'n/a'} ms`, 'includes forking the server and the initialize handshake'],
  ['.vsix size', `${ok(r.package.vsix_MB, 1.5)} MB`, '', 'target ≤ 1.5 MB'],
];
for (const [key, what] of [['cli', 'corpus laws (small files)'], ['cli_1MB_bills', '1 MB bills'], ['cli_1MB_copies', 'identical copies of one 1 MB bill']]) {
  const c = r[key];
  if (c) rows.push([`CLI check, ${c.files} ${what}`, `${c.jobs_1_ms} ms with --jobs 1`, Object.entries(c).filter(([k]) => /^jobs_\d+_ms$/.test(k) && k !== 'jobs_1_ms').map(([k, v]) => `${v} ms with --jobs ${k.split('_')[1]}`).join(', '), `speed-up ${c.speedup}×`]);
}
const m = r.machine;
console.log(`Measured ${r.date} on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}; load average ${m.loadavg_at_start?.join(' / ')} at start, ${m.loadavg_at_end?.join(' / ')} at end.`);
console.log(`Bills: ${r.bills['100KB'].bytes} bytes (${r.bills['100KB'].lines} lines) and ${r.bills['1MB'].bytes} bytes (${r.bills['1MB'].lines} lines); 1 MB analysis: ${c2.provisions} provisions, ${c2.findings} findings.\n`);
console.log('| Measure | palermo | Beside it | Target / note |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
