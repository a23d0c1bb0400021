import type { Provision, Span } from '../types';
import { deepestAt, flatten } from './index';
import { isSpace, isSpaceCode, trimEndWhile } from '../text/trim';

export interface DefinedTerm {
  term: string;
  /** Folded form, for matching uses. */
  key: string;
  /** Span of the term itself where it is defined. */
  span: Span;
  /** The provision that holds the definition (a definition entry, or the provision with an inline one). */
  provision: Provision;
  /** Span of the whole definition text. */
  defSpan: Span;
}

// "X" means / includes / has the meaning … (quoted, anywhere in a line), in the four languages.
export const QUOTED = /["']([^"'\n]{2,60})["'](?:\s*\([^)\n]{0,40}\))?[ \t]*,?[ \t]*(?:in relation to [^,\n]{1,40},[ \t]*)?(?:(?:shall )?means?|includes?|has the (?:same )?meaning|refers? to|is defined as|designe|s'entend|se entendera|se entiende|significa|entende-se|comprend)\b/g;
// Colon or dash lists inside a definitions provision: "XII. Abuso de poder: Aprovechamiento…", "Child - refers to".
const LISTED = /^([^:\n]{2,60}?)[ \t]*(?::|[ \t]-[ \t]|[ \t]–[ \t])/;
const INTRO = /(?:se entendera por|se entiende por|considera-se|consideram-se|on entend par|entende-se por|for the purposes of this (?:act|law|part|chapter)[^\n]{0,40}[:—-]|in this (?:act|law|part|chapter|section)[^\n]{0,60}[:—-]|unless the context otherwise requires)/;

/**
 * mayOpen: whether a QUOTED match can start at the quotation mark at p. It needs the closing mark 3 to 61
 * characters on, with no mark or newline between (the term), then — past white space and commas — "(" or the
 * first letter of a verb ("means", "includes", "has the meaning", "refers to", "is defined as", "shall", "in
 * relation to", "designe", "s'entend", "se entendera", "significa", "entende-se", "comprend").
 */
function mayOpen(folded: string, p: number): boolean {
  let c = p + 1;
  const lim = Math.min(folded.length, p + 62);
  while (c < lim) { const x = folded.charCodeAt(c); if (x === 34 || x === 39 || x === 10) break; c++; }
  if (c >= lim || c - p - 1 < 2) return false;
  const x = folded.charCodeAt(c);
  if (x !== 34 && x !== 39) return false;
  let i = c + 1;
  while (i < folded.length && (isSpaceCode(folded.charCodeAt(i)) || folded.charCodeAt(i) === 44)) i++;
  const y = folded.charCodeAt(i);
  // ( c d e h i m r s
  return y === 40 || y === 99 || y === 100 || y === 101 || y === 104 || y === 105 || y === 109 || y === 114 || y === 115;
}

/**
 * quotedDefinitions: the matches of QUOTED's global loop over folded. A match starts at a quotation mark that
 * passes mayOpen(); the marks are visited in order (found with indexOf) and the pattern is tried at each one
 * only (sticky): the first mark where it matches holds the leftmost match from there — the next match of the
 * plain loop. (Searching on from a mark where it failed read every character up to the next match.)
 */
export function quotedDefinitions(folded: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0, dq = folded.indexOf('"'), sq = folded.indexOf("'");
  while (dq >= 0 || sq >= 0) {
    let p: number;
    if (sq < 0 || (dq >= 0 && dq < sq)) { p = dq; dq = folded.indexOf('"', dq + 1); } else { p = sq; sq = folded.indexOf("'", sq + 1); }
    if (p < from || !mayOpen(folded, p)) continue;
    QUOTED_AT.lastIndex = p;
    const m = QUOTED_AT.exec(folded);
    if (!m) continue;
    out.push(m);
    from = m.index + m[0].length;
    // Marks inside the match are behind `from` now and are skipped above.
  }
  QUOTED_AT.lastIndex = 0;
  return out;
}
// QUOTED tried at one position. "[ \t]*,?[ \t]*" is written "[ \t]*(?:,[ \t]*)?": the same strings, and the
// same match (what follows starts with a letter, so either form keeps every blank), without the two
// overlapping repeats that make one failed attempt quadratic in a run of blanks (recheck).
const QUOTED_AT = new RegExp(QUOTED.source.replace('[ \\t]*,?[ \\t]*', '[ \\t]*(?:,[ \\t]*)?'), 'y');

// Hoisted: the bundler turns a \p{…} literal into a new RegExp each time it is evaluated.
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * termKey: the folded form of a term, t.toLowerCase().normalize('NFD') without combining accents — for a term
 * of ASCII characters only (most), just its lower case: decomposition and the accent removal leave ASCII as is.
 */
export function termKey(t: string): string {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 127) return t.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return t.toLowerCase();
}

/** findTerms collects the terms a bill defines, wherever and however it defines them. */
export function findTerms(root: Provision, text: string, folded: string): DefinedTerm[] {
  const out: DefinedTerm[] = [];
  const seen = new Set<number>();
  const push = (term: string, start: number, provision: Provision, defSpan: Span) => {
    if (seen.has(start)) return;
    seen.add(start);
    // « enfant », “child”, "child": the quotes are not part of the term.
    const lead = /^[\s"'“”‘’«»]*/.exec(term)![0].length;
    const t = trimEndWhile(term.slice(lead), c => isSpace(c) || `"'“”‘’«»`.includes(c));
    if (!t) return;
    start += lead; term = t;
    out.push({ term: t, key: termKey(t), span: { start, end: start + t.length }, provision, defSpan });
  };
  const all = flatten(root);
  for (const p of all) {
    if (p.kind === 'definition' && p.term) {
      const at = text.indexOf(p.term, p.start);
      push(p.term, at >= 0 ? at : p.start, p, { start: p.start, end: p.end });
    }
  }
  for (const m of quotedDefinitions(folded)) {
    const start = m.index + 1;
    if (seen.has(start)) continue;
    const holder = deepestAt(root, start);
    push(text.slice(start, start + m[1].length), start, holder, { start: m.index, end: holder.end });
  }
  for (const p of all) {
    // Only children can hold listed terms: a provision without any (other than definition entries, read
    // above) is not searched for an introduction — most provisions of a long bill are leaves.
    let listed = false;
    for (const c of p.children) if (c.kind !== 'definition') { listed = true; break; }
    if (!listed) continue;
    const own = folded.slice(p.bodyStart, p.children.length ? p.children[0].start : p.end);
    if (!INTRO.test(own)) continue;
    for (const c of p.children) {
      if (c.kind === 'definition') continue;
      const body = text.slice(c.bodyStart, Math.min(c.end, c.bodyStart + 120));
      const m = LISTED.exec(body);
      if (m && (UPPER_FIRST.test(m[1]) || /^["'“«‘]/.test(m[1])) && m[1].split(/\s+/).length <= 8) push(m[1], c.bodyStart, c, { start: c.start, end: c.end });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
