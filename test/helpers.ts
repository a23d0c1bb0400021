import fs from 'node:fs';
import path from 'node:path';
import { analyze, type Analysis } from '../server/src/core/analysis';
import { formatFor } from '../server/src/core/formats/view';
import type { AnalyzeOptions, Provision } from '../server/src/core/types';
import { flatten } from '../server/src/core/structure';

/** The repository root, whether the tests run from out/test or test/. */
export const ROOT = (() => {
  let d = __dirname;
  while (!fs.existsSync(path.join(d, 'test', 'fixtures')) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
})();
export const fixture = (rel: string) => path.join(ROOT, 'test', 'fixtures', rel);
export const readFixture = (rel: string) => fs.readFileSync(fixture(rel), 'utf8');

export function analyzeFixture(rel: string, opts: AnalyzeOptions = {}): Analysis {
  const text = readFixture(rel);
  return analyze(text, { format: formatFor(rel, text), ...opts });
}

/** outline renders "kind label" lines with indentation, for compact structure assertions. */
export function outline(a: Analysis): string[] {
  return flatten(a.root).map(p => `${'  '.repeat(p.depth - 1)}${p.kind} ${p.label}${p.heading ? ` | ${p.heading}` : ''}`);
}

export function find(a: Analysis, pred: (p: Provision) => boolean): Provision {
  const p = flatten(a.root).find(pred);
  if (!p) throw new Error('provision not found');
  return p;
}

/** lineOf gives the 0-based line of the first occurrence of a string in the text. */
export function lineOf(a: Analysis, needle: string, from = 0): number {
  const i = a.text.indexOf(needle, from);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return a.lines.position(i).line;
}

export const codes = (a: Analysis) => a.findings.map(f => f.code).sort();
