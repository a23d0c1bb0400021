// Verdicts for the ReDoS test. recheck (npm) decides whether a pattern can backtrack catastrophically; its
// verdicts are recorded in test/redos/verdicts.json (regenerate with `npm run redos:update`) so `npm test`
// only re-checks patterns that are new or changed. A recorded verdict is keyed by the exact source and flags.
import fs from 'node:fs';
import path from 'node:path';
import { check } from 'recheck';
import { capBounds } from './cap';
import { key, type Pattern } from './collect';

export interface Verdict { status: 'safe' | 'vulnerable' | 'unknown'; complexity?: string; attack?: string; checker?: string; parts?: number }

export const VERDICTS_FILE = (root: string) => path.join(root, 'test', 'redos', 'verdicts.json');

export function loadVerdicts(root: string): Record<string, Verdict> {
  try { return JSON.parse(fs.readFileSync(VERDICTS_FILE(root), 'utf8')) as Record<string, Verdict>; } catch { return {}; }
}

/**
 * verdict checks one pattern (bounded repetitions capped, see cap.ts). A top-level alternation (a compiled
 * lexicon, a cue list) is judged by its alternatives: with no quantifier around it, a match attempt costs at
 * most the sum of its alternatives' attempts, so it is linear when each is — and recheck's fuzzer, timing a
 * 9 000-character alternation as a whole, reports noise as polynomial growth.
 */
export async function verdict(p: { source: string; flags: string }, timeout = 10000): Promise<Verdict> {
  const k = `/${p.source}/${p.flags}`;
  let v = memo.get(k);
  if (!v) { v = judge(p, timeout); memo.set(k, v); }
  return v;
}
const memo = new Map<string, Promise<Verdict>>();

async function judge(p: { source: string; flags: string }, timeout: number): Promise<Verdict> {
  const parts = distributed(p.source) ?? topLevelAlternatives(p.source);
  if (parts.length > 1) {
    for (const part of parts) {
      const v = await verdict({ source: part, flags: p.flags }, timeout);
      if (v.status !== 'safe') return { ...v, complexity: `alternative /${part.slice(0, 120)}/: ${v.complexity}` };
    }
    return { status: 'safe', complexity: 'every top-level alternative safe', parts: parts.length };
  }
  // A fixed seed keeps the fuzz checker deterministic: the same pattern gets the same verdict on every run.
  const r = await check(capBounds(p.source), p.flags, { timeout, randomSeed: 20171 });
  if (r.status === 'vulnerable') return { status: 'vulnerable', complexity: r.complexity.summary, attack: r.attack.pattern, checker: r.checker };
  if (r.status === 'safe') return { status: 'safe', complexity: r.complexity.summary, checker: r.checker };
  return { status: 'unknown', complexity: r.error.kind };
}

/**
 * distributed: "(?<!B)(?:A1|A2|…)" — a lookbehind in front of one group holding the whole alternation, as the
 * compiled lexicons write their word boundary — is "(?<!B)A1|(?<!B)A2|…" (the lookbehind is zero-width and
 * depends only on the position), so it is judged as that alternation.
 */
export function distributed(source: string): string[] | undefined {
  if (!/^\(\?<[!=]/.test(source)) return undefined;
  const close = (from: number) => {
    let depth = 0, inClass = false;
    for (let i = from; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') { i++; continue; }
      if (inClass) { if (c === ']') inClass = false; continue; }
      if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
    }
    return -1;
  };
  const lb = close(0);
  if (lb < 0 || !source.startsWith('(?:', lb + 1) || close(lb + 1) !== source.length - 1) return undefined;
  const parts = topLevelAlternatives(source.slice(lb + 4, -1));
  return parts.length > 1 ? parts.map(a => source.slice(0, lb + 1) + a) : undefined;
}

/** topLevelAlternatives splits a source on "|" outside groups, classes and escapes. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
  }
  out.push(source.slice(from));
  return out;
}

/** checkAll gives every pattern a verdict, reusing recorded ones, with a few recheck runs in parallel. */
export async function checkAll(patterns: Pattern[], recorded: Record<string, Verdict>, parallel = 4): Promise<Map<Pattern, Verdict>> {
  const out = new Map<Pattern, Verdict>();
  const todo = patterns.filter(p => { const v = recorded[key(p)]; if (v) out.set(p, v); return !v; });
  let next = 0;
  const worker = async () => { while (next < todo.length) { const p = todo[next++]; out.set(p, await verdict(p)); } };
  await Promise.all(Array.from({ length: parallel }, worker));
  return out;
}
