// Where each defined term is used: the basis for term hovers, find references, go to definition and the
// defined-but-unused / used-but-undefined proofreading checks. Computed once per analysis and cached.
import type { Analysis } from '../analysis';
import type { DefinedTerm } from '../structure/terms';
import type { Span } from '../types';
import { termMatchesOf } from './termMatch';

export interface TermUse { term: DefinedTerm; span: Span }

const cache = new WeakMap<Analysis, TermUse[]>();
const unordered = new WeakMap<Analysis, TermUse[]>();

/** termUses lists every use of every defined term (plural forms included), excluding the defining occurrence. */
export function termUses(a: Analysis): TermUse[] {
  let hit = cache.get(a);
  if (!hit) cache.set(a, hit = byStart(termUsesUnordered(a)));
  return hit;
}

/**
 * termUsesUnordered: the uses of termUses, in no particular order — for callers that only ask which terms
 * are used (the unused-definition check of a cold analysis then does not sort thousands of uses).
 */
export function termUsesUnordered(a: Analysis): TermUse[] {
  const hit = unordered.get(a);
  if (hit) return hit;
  const out: TermUse[] = [];
  // The longest terms first, so "trafficking in persons" claims its words before "person" does.
  const terms = [...a.terms].sort((x, y) => y.key.length - x.key.length);
  // Taken characters, as a bitmap: checking a span costs its length, however many uses were found before.
  // One scratch bitmap serves every analysis (a fresh 1 MB array per analysis cost its allocation and the
  // collector's attention); what is marked is unmarked before returning.
  const taken = scratch(a.folded.length + 1);
  const marked: Span[] = [];
  // A loop, not taken.fill(): spans are a word or two long, and thousands of calls into fill() cost more.
  const take = (s: Span) => { for (let i = s.start; i < s.end; i++) taken[i] = 1; marked.push(s); };
  const overlaps = (s: Span) => { for (let i = s.start; i < s.end; i++) if (taken[i]) return true; return false; };
  try {
    for (const t of a.terms) take(t.span);
    // A law that defines the same word many times ("child" in each part) scans the text once for that word;
    // each match goes to the first of its definitions (in the order above) whose own text it is not inside.
    const byKey = new Map<string, DefinedTerm[]>();
    for (const t of terms) if (t.key.length >= 2) { const l = byKey.get(t.key); if (l) l.push(t); else byKey.set(t.key, [t]); }
    // The terms' regex matches, found together and remembered across keystrokes (termMatch.ts).
    const matches = termMatchesOf(a.folded, [...byKey.keys()]);
    for (const [key, same] of byKey) {
      for (const span of matches.get(key)!) {
        if (overlaps(span)) continue;
        // A word inside the term's own definition ("a labour inspector" defining "inspector") is not a use.
        // (A loop rather than same.find(…): no closure per match.)
        let t: DefinedTerm | undefined;
        for (const d of same) if (!(span.start >= d.defSpan.start && span.end <= d.defSpan.end)) { t = d; break; }
        if (!t) continue;
        take(span);
        out.push({ term: t, span });
      }
    }
  } finally {
    for (const s of marked) for (let i = s.start; i < s.end; i++) taken[i] = 0;
  }
  unordered.set(a, out);
  return out;
}

let bitmap = new Uint8Array(0);
/** scratch: the shared bitmap, all zero, at least n long. */
function scratch(n: number): Uint8Array {
  if (n > SCRATCH_MAX) return new Uint8Array(n); // not kept: an exceptionally long text
  if (bitmap.length < n) bitmap = new Uint8Array(Math.min(SCRATCH_MAX, Math.max(n, bitmap.length * 2)));
  return bitmap;
}
const SCRATCH_MAX = 4 << 20;

/**
 * byStart: uses in the order of their starts — out.sort((x, y) => x.span.start - y.span.start) without a
 * comparator called thousands of times: the starts are distinct (uses never overlap), so sorting them as
 * numbers, each with its index packed below it, gives the same order.
 */
export function byStart(uses: TermUse[]): TermUse[] {
  const n = uses.length;
  if (n < 2) return uses.slice();
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = uses[i].span.start * n + i;
  keys.sort();
  const out: TermUse[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = uses[keys[i] % n];
  return out;
}

/** termAt: the defined term under an offset, whether at its definition or at a use. */
export function termAt(a: Analysis, offset: number): { term: DefinedTerm; span: Span } | undefined {
  const def = a.terms.find(t => t.span.start <= offset && offset <= t.span.end);
  if (def) return { term: def, span: def.span };
  return termUses(a).find(u => u.span.start <= offset && offset <= u.span.end);
}
