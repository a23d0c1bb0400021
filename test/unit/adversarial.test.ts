// A 10 MB adversarial file — the inputs that make backtracking regexes and naive scans blow up — is analysed
// in bounded time in every format. The bound is deliberately generous (this is not a benchmark; see
// bench/ and BENCHMARKS.md): it only catches super-linear behaviour, which would take minutes or hours.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import type { Format } from '../../server/src/core/types';

/** adversarial builds ~`size` characters from pieces known to hurt regex engines and line-based parsers. */
export function adversarial(size: number): string {
  const pieces = [
    '\t'.repeat(5000) + 'x', ' '.repeat(5000) + '.', '('.repeat(4000), '"'.repeat(3000) + ' means', "'u'" + "\t('".repeat(2000),
    'consent '.repeat(2000), 'no consent '.repeat(1000), 'nao e punido '.repeat(800), 'in this law'.repeat(800),
    '<!--'.repeat(2000), '```\n'.repeat(500), '~~~\r'.repeat(500), ']('.repeat(2000), '[\u0000'.repeat(2000), '<a'.repeat(3000), '&amp'.repeat(2000), '<![CDATA['.repeat(500),
    Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i % 30)}(${String.fromCharCode(97 + (i % 26))}) recruits, transports;`).join('\n'),
    'Section 1.\n'.repeat(500), '"child" means '.repeat(500), 'ethreat'.repeat(2000), '${0|' + '{'.repeat(3000),
    'recruits transports transfers harbours receives '.repeat(300), '§'.repeat(3000), 'I.- '.repeat(2000), '1.1.1.1.'.repeat(1000),
  ];
  const parts: string[] = [];
  let n = 0, i = 0;
  while (n < size) { const p = pieces[i++ % pieces.length]; parts.push(p, i % 3 ? '\n' : ' '); n += p.length + 1; }
  return parts.join('').slice(0, size);
}

describe('adversarial input', function () {
  this.timeout(600000);
  const text = adversarial(10 * 1024 * 1024);
  for (const format of ['plaintext', 'markdown', 'akn'] as Format[]) {
    it(`analyses a 10 MB adversarial file as ${format} in bounded time`, () => {
      const t0 = Date.now();
      const a = analyze(text, { format });
      const ms = Date.now() - t0;
      assert.equal(a.text.length, text.length);
      assert.ok(ms < 60000, `took ${ms} ms`);
    });
  }
});
