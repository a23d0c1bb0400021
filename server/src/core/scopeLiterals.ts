// Where the literals a pattern needs occur in a bill, for scope.ts: most provisions of a long bill hold none of
// the literals some cue or element needs, and a test or scan of such a provision can only answer no — so the
// provisions are selected from where the literals occur instead of asking the lexicon about every one.
// Required literals: lexicon/literals.ts (every match of a pattern contains one of them).

import type { Provision } from './types';
import type { CompiledLexicon } from './lexicon';
import { ownEnd } from './structure';
import { escapeRegExp } from './text/escape';

/** A search for any of a set of literals: at each position the shortest one starting there. */
function searchFor(literals: string[]): RegExp | undefined {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length);
  return sorted.length ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : undefined;
}

/** Occurrences of a search's literals: starts ascending, each with the end of the shortest literal there. */
function occurrences(re: RegExp | undefined, folded: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [], ends: number[] = [];
  if (!re) return { starts, ends };
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) { starts.push(m.index); ends.push(m.index + m[0].length); re.lastIndex = m.index + 1; }
  return { starts, ends };
}

/** The search for a cue's required literals, per lexicon and cue (null: some alternative has none). */
const cueSearches = new WeakMap<CompiledLexicon, Map<string, RegExp | null | undefined>>();
function cueSearch(lex: CompiledLexicon, id: string): RegExp | null | undefined {
  let byId = cueSearches.get(lex);
  if (!byId) cueSearches.set(lex, byId = new Map());
  if (byId.has(id)) return byId.get(id);
  const needles = lex.cueNeedles(id);
  const re = needles ? searchFor(needles) : null;
  byId.set(id, re);
  return re;
}

/**
 * cueOccurrences: where the required literals of cue `id` occur in folded — at each position the shortest
 * one starting there (shortest first in the alternation, the search resumed one position on) — or null when
 * some alternative has none, so any span may hold a match.
 */
export function cueOccurrences(lex: CompiledLexicon, id: string, folded: string): { starts: number[]; ends: number[] } | null {
  const re = cueSearch(lex, id);
  return re === null ? null : occurrences(re, folded);
}

/**
 * windowHolders: the indices (ascending) of the provisions of `all` whose opening — folded[headerSpan.start,
 * min(ownEnd, bodyStart + 300)) — holds a required literal of the cue in their own lexicon: every provision
 * the cue can match in there. The openings of a parse's provisions, in document order, are sorted and do not
 * overlap (each ends by the next provision's start: its first child's, or its successor's after its end), so
 * an occurrence can only lie in the opening of the last provision starting at or before it.
 */
export function windowHolders(all: Provision[], lexes: CompiledLexicon[], lexFor: (p: Provision) => CompiledLexicon, folded: string, id: string): number[] {
  const out: number[] = [];
  for (const lex of lexes) {
    // A long bill's literal index already lists where the cue's literals are; else one search for them.
    const occ: { starts: ArrayLike<number>; ends: ArrayLike<number> } | null = lex.cueSpans(id, folded) ?? cueOccurrences(lex, id, folded);
    if (!occ) return all.map((_, i) => i);
    const { starts, ends } = occ;
    let last = -1;
    for (let o = 0; o < starts.length; o++) {
      const a = starts[o];
      let lo = 0, hi = all.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid].headerSpan.start <= a) lo = mid + 1; else hi = mid; }
      const k = lo - 1;
      if (k < 0 || k === last) continue;
      const p = all[k];
      if (ends[o] <= Math.min(ownEnd(p), p.bodyStart + 300) && lexFor(p) === lex) { out.push(k); last = k; }
    }
  }
  return lexes.length > 1 ? [...new Set(out)].sort((x, y) => x - y) : out;
}
