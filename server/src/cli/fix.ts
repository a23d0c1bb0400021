// `palermo fix`: apply the quick fixes the editor offers — above all, inserting the model clause for each
// missing provision as a new section in the bill's own numbering — from the command line. Fixes are applied
// one at a time, re-analysing the bill after each, so every insertion is numbered and placed against the
// text as it then stands. Each code is fixed at most once, so the loop always ends.

import fs from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { analyze } from '../core/analysis';
import type { Settings } from '../core/types';
import type { Format } from '../core/types';

export interface FixResult { text: string; applied: { code: string; title: string; line: number }[] }

/** fixText applies the fixes of the selected codes (all codes with a fix when none are given). */
export function fixText(text: string, format: Format, settings: Partial<Settings>, codes?: string[]): FixResult {
  const applied: FixResult['applied'] = [];
  const done = new Set<string>();
  for (let round = 0; round < 200; round++) {
    const a = analyze(text, { format, settings, incremental: false });
    const f = a.findings.find(x => x.fixes?.length && !done.has(x.code) && (!codes?.length || codes.includes(x.code)));
    if (!f) break;
    done.add(f.code);
    const fix = f.fixes![0];
    // Apply the edits back to front so earlier offsets stay valid.
    const edits = [...fix.edits].sort((x, y) => y.start - x.start);
    for (const e of edits) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    applied.push({ code: f.code, title: fix.title, line: a.lines.lineOf(edits[edits.length - 1].start) + 1 });
  }
  return { text, applied };
}

export interface FixFileOptions { write: boolean; diff?: boolean; codes?: string[]; settings: Partial<Settings> }

/** fixFile fixes one file; returns what to print and whether the file could be fixed. */
export function fixFile(file: string, text: string, format: Format, opts: FixFileOptions): { ok: boolean; out: string; log: string } {
  const r = fixText(text, format, opts.settings, opts.codes);
  const rel = path.relative(process.cwd(), file) || file;
  const log = r.applied.length
    ? r.applied.map(x => `${rel}:${x.line}: ${x.code}: ${x.title}`).join('\n') + '\n'
    : `${rel}: nothing to fix\n`;
  if (opts.write) {
    if (r.applied.length) fs.writeFileSync(file, r.text);
    return { ok: true, out: '', log };
  }
  return { ok: true, out: opts.diff ? unifiedDiff(text, r.text, rel) : r.text, log };
}

/**
 * unifiedDiff shows what the fixes changed, as a unified diff (jsdiff). Model clauses arrive as added lines;
 * an element inserted into an enumeration shows as its line replaced by the amended line.
 */
export function unifiedDiff(before: string, after: string, name: string): string {
  return createTwoFilesPatch(name, `${name} (fixed)`, before, after, undefined, undefined, { context: 1 })
    .split('\n').filter(l => !l.startsWith('====') && !l.startsWith('\\ No newline')).join('\n');
}
