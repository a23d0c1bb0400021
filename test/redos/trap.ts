// Child-process entry for the ReDoS test: records every RegExp the product constructs at run time (module
// constants built from strings, lexicons compiled from data, cue alternations) while it loads and analyses
// every fixture and example. Regex literals never pass through the constructor; collect.ts finds those
// statically. Prints the recorded patterns as JSON on stdout.
import fs from 'node:fs';
import path from 'node:path';

const seen = new Map<string, { source: string; flags: string; origin: string }>();
const Original = RegExp;
/** record keeps patterns the product builds; those a dependency builds (node_modules) are not ours to fix. */
function record(re: RegExp): RegExp {
  const frame = (new Error().stack ?? '').split('\n').slice(2).find(l => !l.includes('trap.js') && !l.includes('(<anonymous>)')) ?? '';
  if (frame.includes(`${path.sep}node_modules${path.sep}`)) return re;
  const where = /\(?([^()]*?):\d+:\d+\)?$/.exec(frame.trim())?.[1] ?? '';
  seen.set(`${re.flags}/${re.source}`, { source: re.source, flags: re.flags, origin: `constructed at run time (${path.relative(process.argv[2] ?? '.', where)})` });
  return re;
}
globalThis.RegExp = new Proxy(Original, {
  construct: (target, args: [string | RegExp, string?]) => record(new target(...args)),
  apply: (target, _this, args: [string | RegExp, string?]) => record(target(...args)),
}) as RegExpConstructor;

async function main(): Promise<void> {
  const root = process.argv[2];
  const core = require(path.join(root, 'out', 'server', 'src', 'core', 'index.js')) as typeof import('../../server/src/core');
  // Every cue of every language, compiled whether or not a fixture happens to need it.
  for (const lang of core.LANGS) {
    const lex = core.lexicon(lang);
    for (const id of Object.keys(lex.data.cues)) lex.cue(id);
  }
  const files: string[] = [];
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(bill|txt|md|xml|akn)$/i.test(e.name)) files.push(p);
    }
  };
  walk(path.join(root, 'test', 'fixtures'));
  walk(path.join(root, 'examples'));
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    for (const language of ['auto', 'en', 'fr', 'es', 'pt'] as const) core.analyze(text, { format: core.formatFor(f, text), settings: { language } });
  }
  // Hovers emphasise words in quoted paragraphs with a pattern built from escaped phrases.
  for (const p of core.declaration.paragraphs) core.quote(p.id, ['trafficking in persons', 'exploitation', 'victims']);
  process.stdout.write(JSON.stringify([...seen.values()]));
}

main().catch(e => { process.stderr.write(String((e as Error).stack ?? e)); process.exit(1); });
