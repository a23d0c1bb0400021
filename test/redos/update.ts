// npm run redos:update — re-checks every pattern in the product and rewrites test/redos/verdicts.json
// (patterns that no longer exist are dropped). Run it after adding or changing regular expressions or
// lexicon patterns; `npm test` fails on any vulnerable pattern whether or not it has been recorded.
import fs from 'node:fs';
import path from 'node:path';
import { collect, key } from './collect';
import { checkAll, loadVerdicts, VERDICTS_FILE, type Verdict } from './verdict';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..', '..');
  const patterns = collect(root);
  const verdicts = await checkAll(patterns, process.argv.includes('--all') ? {} : loadVerdicts(root));
  const out: Record<string, Verdict> = {};
  for (const p of [...patterns].sort((a, b) => key(a).localeCompare(key(b)))) out[key(p)] = verdicts.get(p)!;
  fs.writeFileSync(VERDICTS_FILE(root), JSON.stringify(out, null, 1) + '\n');
  const bad = patterns.filter(p => verdicts.get(p)!.status !== 'safe');
  for (const p of bad) console.log(`${verdicts.get(p)!.status}: ${p.origin} /${p.source.slice(0, 200)}/${p.flags} ${verdicts.get(p)!.complexity ?? ''}`);
  console.log(`${patterns.length} patterns, ${bad.length} not safe; wrote ${path.relative(process.cwd(), VERDICTS_FILE(root))}`);
  process.exit(bad.length ? 1 : 0);
}

void main();
