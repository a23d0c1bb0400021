// Which cues can match in which spans, decided for many spans at once. The structure-defect rules search six
// cues in each of the hundreds of offence spans of a long bill; before running a cue's regex on a span, the
// lexicon checks with one indexOf per required literal ("needle", lexicon/literals.ts) that the cue can occur
// there at all — for six cues, thousands of small searches. Here one regex of every needle reads the spans
// once and records where each needle occurs; a span that holds none of a cue's needles is then answered
// "no match" without asking the lexicon (which would have found none of them either and returned nothing).

import type { CompiledLexicon } from '../lexicon';
import { requiredLiterals } from '../lexicon/literals';
import type { Span } from '../types';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const byLexicon = new WeakMap<CompiledLexicon, Map<string, string[] | null>>();

/**
 * cueNeedles: literals one of which every match of the cue contains, or null when some alternative has none
 * (derived as CompiledLexicon's own prefilter derives them). An absent cue has no needles: it never matches.
 */
export function cueNeedles(lex: CompiledLexicon, id: string): string[] | null {
  let m = byLexicon.get(lex);
  if (!m) byLexicon.set(lex, m = new Map());
  let n = m.get(id);
  if (n === undefined) {
    const sets = (lex.data.cues[id] ?? []).map(requiredLiterals);
    n = sets.every(Boolean) ? [...new Set(sets.flat() as string[])] : null;
    m.set(id, n);
  }
  return n;
}

/** Where needles occur inside a set of spans of one text. */
export class SpanNeedles {
  /** needle → ascending start offsets of its occurrences (those lying wholly inside a scanned stretch, at least). */
  private readonly at = new Map<string, number[]>();

  constructor(text: string, spans: Span[], needles: Iterable<string>) {
    const list = [...new Set(needles)].filter(n => n.length > 0);
    for (const n of list) this.at.set(n, []);
    if (!list.length) return;
    const byCode = new Map<number, string[]>(), byLast = new Map<number, string[]>();
    const add = (m: Map<number, string[]>, c: number, n: string) => { const l = m.get(c); if (l) l.push(n); else m.set(c, [n]); };
    for (const n of list) { add(byCode, n.charCodeAt(0), n); add(byLast, n.charCodeAt(n.length - 1), n); }
    const re = new RegExp(list.map(esc).join('|'), 'g');
    for (const iv of merged(spans)) {
      const slice = text.slice(iv.start, iv.end);
      re.lastIndex = 0;
      // Resumed one character after each hit, so that overlapping occurrences are all found. test() rather
      // than exec() allocates no match array; the hit's start is the least one >= `from` of a needle ending
      // where the match ends (each such start is a position where the regex matches: it returns the leftmost).
      for (let from = 0; re.test(slice); from = re.lastIndex) {
        const e = re.lastIndex;
        let i = -1;
        for (const n of byLast.get(slice.charCodeAt(e - 1))!) {
          const q = e - n.length;
          if (q >= from && (i < 0 || q < i) && slice.startsWith(n, q)) i = q;
        }
        for (const n of byCode.get(slice.charCodeAt(i))!) if (slice.startsWith(n, i)) this.at.get(n)!.push(iv.start + i);
        re.lastIndex = i + 1;
      }
    }
  }

  /** occurs is text.slice(start, end).includes(needle), for a span inside the spans given to the constructor. */
  occurs(needle: string, start: number, end: number): boolean {
    if (!needle.length) return start <= end;
    const l = this.at.get(needle);
    if (!l) throw new Error(`needle not indexed: ${needle}`);
    let lo = 0, hi = l.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (l[mid] < start) lo = mid + 1; else hi = mid; }
    return lo < l.length && l[lo] + needle.length <= end;
  }

  /** mayMatch: false when none of the needles occurs in [start, end); true when one does, or there are none to check (null). */
  mayMatch(needles: string[] | null, start: number, end: number): boolean {
    return needles === null || needles.some(n => this.occurs(n, start, end));
  }
}

/** merged: the union of the spans, as ascending disjoint stretches. */
function merged(spans: Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
