// Where each defined term is used: the basis for term hovers, find references, go to definition and the
// defined-but-unused / used-but-undefined proofreading checks. Computed once per analysis and cached.
import type { Analysis } from '../analysis';
import type { DefinedTerm } from '../structure/terms';
import type { Span } from '../types';

export interface TermUse { term: DefinedTerm; span: Span }

const cache = new WeakMap<Analysis, TermUse[]>();

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** termUses lists every use of every defined term (plural forms included), excluding the defining occurrence. */
export function termUses(a: Analysis): TermUse[] {
  const hit = cache.get(a);
  if (hit) return hit;
  const out: TermUse[] = [];
  // The longest terms first, so "trafficking in persons" claims its words before "person" does.
  const terms = [...a.terms].sort((x, y) => y.key.length - x.key.length);
  const taken: Span[] = a.terms.map(t => t.span);
  const overlaps = (s: Span) => taken.some(t => s.start < t.end && t.start < s.end);
  for (const t of terms) {
    if (t.key.length < 2) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(t.key).replace(/\s+/g, '\\s+')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(a.folded); m; m = re.exec(a.folded)) {
      const span = { start: m.index, end: m.index + m[0].length };
      // A word inside the term's own definition ("a labour inspector" defining "inspector") is not a use.
      if (overlaps(span) || (span.start >= t.defSpan.start && span.end <= t.defSpan.end)) continue;
      taken.push(span);
      out.push({ term: t, span });
    }
  }
  out.sort((x, y) => x.span.start - y.span.start);
  cache.set(a, out);
  return out;
}

/** termAt: the defined term under an offset, whether at its definition or at a use. */
export function termAt(a: Analysis, offset: number): { term: DefinedTerm; span: Span } | undefined {
  const def = a.terms.find(t => t.span.start <= offset && offset <= t.span.end);
  if (def) return { term: def, span: def.span };
  return termUses(a).find(u => u.span.start <= offset && offset <= u.span.end);
}
