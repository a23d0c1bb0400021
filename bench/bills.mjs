// Large bills for the benchmarks, built from the real-law corpus: every English law of the corpus, each
// under its own PART heading, repeated (with the part numbers running on) until the target size is reached,
// so the result reads like a long consolidated act with many offence sections, definitions and safeguards.
import fs from 'node:fs';
import path from 'node:path';

export function buildBill(corpus, bytes) {
  const dir = path.join(corpus, 'en');
  const laws = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => ({ id: f.replace(/\.txt$/, ''), text: fs.readFileSync(path.join(dir, f), 'utf8').trim() }));
  if (!laws.length) throw new Error(`no English laws in ${dir}`);
  const parts = ['AN ACT to consolidate the law on trafficking in persons (benchmark bill built from the palermo corpus)\n'];
  let size = Buffer.byteLength(parts[0]), n = 0;
  while (size < bytes) {
    const law = laws[n % laws.length];
    const part = `\nPART ${n + 1}\n${law.id.toUpperCase()}\n\n${law.text}\n`;
    parts.push(part);
    size += Buffer.byteLength(part);
    n++;
  }
  // Cut at a line boundary close to the target so the two sizes are exact enough to compare.
  const text = parts.join('');
  const cut = text.lastIndexOf('\n', bytes);
  return text.slice(0, cut > bytes * 0.9 ? cut + 1 : bytes);
}
