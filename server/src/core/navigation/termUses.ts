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
  // Taken characters, one bit each: checking a span costs its length, however many uses were found before.
  // Packed, a 1 MB bill's bitmap is 32 KB, which stays in the processor's cache while the uses of each term
  // are marked and checked all over the text (a byte per character, 1 MB, missed the cache on most spans).
  const taken = new Int32Array((a.folded.length >> 5) + 2);
  // A span is marked and checked a 32-bit word at a time (spans are a word or a few long: one or two words).
  const take = (s: Span) => { for (let i = s.start, e = s.end; i < e;) { const n = Math.min(32 - (i & 31), e - i); taken[i >> 5] |= bits(i, n); i += n; } };
  const overlaps = (s: Span) => { for (let i = s.start, e = s.end; i < e;) { const n = Math.min(32 - (i & 31), e - i); if (taken[i >> 5] & bits(i, n)) return true; i += n; } return false; };
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
  unordered.set(a, out);
  return out;
}

/** bits: the mask of n bits (1 to 32, within one word) from bit i & 31 on. */
const bits = (i: number, n: number) => (n === 32 ? -1 : (1 << n) - 1) << (i & 31);

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
