#!/usr/bin/env node
// eval.mjs — accuracy on the real-law corpus in ../shared/corpus (the development set).
// Runs the CLI's JSON report over every law, scores it with ../shared/tools/score.mjs for the groups
// `definition` and `safeguards`, overall and per language, and fails when a score falls below the
// baseline recorded in ACCURACY.md (the JSON block between the eval-baseline markers).
//   node scripts/eval.mjs [--corpus DIR] [--update]   (--update rewrites the baseline block with today's scores)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = k => { const i = process.argv.indexOf(k); return i < 0 ? undefined : process.argv[i + 1]; };
const corpus = path.resolve(arg('--corpus') ?? path.join(root, '..', 'shared', 'corpus'));
const scorer = path.join(path.dirname(corpus), 'tools', 'score.mjs');
if (!fs.existsSync(corpus) || !fs.existsSync(scorer)) {
  console.error(`eval: the corpus (${corpus}) or its scorer (${scorer}) is missing. npm run eval needs ../shared; npm test does not.`);
  process.exit(2);
}
const outDir = path.join(root, 'reports');
fs.mkdirSync(outDir, { recursive: true });
const report = path.join(outDir, 'eval.json');

const cli = spawnSync(process.execPath, [path.join(root, 'bin', 'palermo.js'), 'check', corpus, '--format', 'json', '--output', report, '--no-project-config'], { encoding: 'utf8' });
if (cli.status === 2 || !fs.existsSync(report)) { console.error(cli.stderr); process.exit(2); }
const rep = JSON.parse(fs.readFileSync(report, 'utf8'));

let passed = 0, failed = 0;
const ok = (cond, what) => { if (cond) passed++; else { failed++; console.log(`FAIL ${what}`); } };

// 1. Every law parses into a structure with a definition or offence found.
const annotated = fs.readdirSync(corpus, { recursive: true }).filter(f => String(f).endsWith('.json') && !String(f).includes('MANIFEST'));
for (const f of rep.files) {
  const id = path.basename(f.path).replace(/\.[^.]+$/, '');
  const hasAnn = annotated.some(a => path.basename(String(a), '.json') === id);
  if (hasAnn) ok(f.coverage['definition.found'].present, `${f.path}: definition/offence provision found`);
}

// 2. Scores, overall and per language.
function score(dir, group) {
  const r = spawnSync(process.execPath, [scorer, dir, report, '--group', group], { encoding: 'utf8' });
  const out = r.stdout.trim().split('\n');
  const last = out.at(-1), counts = out.at(-2);
  const num = k => Number(new RegExp(`${k}=([\\d.]+)`).exec(last + ' ' + counts)?.[1]);
  return { group, precision: num('precision'), recall: num('recall'), f1: num('F1'), tp: num('tp'), fp: num('fp'), fn: num('fn'), judgements: num('judgements'), errors: out.slice(0, -2) };
}
const langs = fs.readdirSync(corpus, { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name).sort();
const results = {};
for (const group of ['definition', 'safeguards']) {
  results[group] = { all: score(corpus, group) };
  for (const l of langs) results[group][l] = score(path.join(corpus, l), group);
}
const fmt = s => `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, n ${s.judgements})`;
for (const [g, r] of Object.entries(results)) {
  console.log(`\n== ${g}: ${fmt(r.all)}`);
  for (const l of langs) console.log(`   ${l}: ${fmt(r[l])}`);
  for (const e of r.all.errors) console.log(`   - ${e}`);
}

// 3. No regression below the recorded baseline.
const accPath = path.join(root, 'ACCURACY.md');
const acc = fs.existsSync(accPath) ? fs.readFileSync(accPath, 'utf8') : '';
const m = /<!-- eval-baseline\n([\s\S]*?)\n-->/.exec(acc);
const baseline = m ? JSON.parse(m[1]) : {};
for (const [g, r] of Object.entries(results)) {
  const b = baseline[g];
  if (!b) continue;
  ok(r.all.f1 + 1e-9 >= b.f1, `${g} F1 ${r.all.f1.toFixed(3)} >= baseline ${b.f1}`);
  ok(r.all.precision + 1e-9 >= b.precision, `${g} precision ${r.all.precision.toFixed(3)} >= baseline ${b.precision}`);
}
if (process.argv.includes('--update')) {
  const block = JSON.stringify(Object.fromEntries(Object.entries(results).map(([g, r]) => [g, { f1: +r.all.f1.toFixed(3), precision: +r.all.precision.toFixed(3), recall: +r.all.recall.toFixed(3) }])), null, 1);
  const next = m ? acc.replace(m[0], `<!-- eval-baseline\n${block}\n-->`) : `${acc}\n<!-- eval-baseline\n${block}\n-->\n`;
  fs.writeFileSync(accPath, next);
  console.log('\nbaseline updated in ACCURACY.md');
}
fs.writeFileSync(path.join(outDir, 'eval-scores.json'), JSON.stringify(results, null, 2));
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
