// Which cues can match in which spans, decided for many spans at once. The structure-defect rules search six
// cues in each of the hundreds of offence spans of a long bill; before running a cue's regex on a span, the
// lexicon checks with one indexOf per required literal ("needle", lexicon/literals.ts) that the cue can occur
// there at all — for six cues, thousands of small searches. Here one regex of every needle reads the spans
// once and records where each needle occurs; a span that holds none of a cue's needles is then answered
// "no match" without asking the lexicon (which would have found none of them either and returned nothing).

import type { CompiledLexicon } from '../lexicon';
import type { Span } from '../types';
import { literalHits } from '../text/literalHits';
import { escapeRegExp } from '../text/escape';



/** Where needles occur inside a set of spans of one text. */
export class SpanNeedles {
  /** needle → ascending start offsets of its occurrences (those lying wholly inside a scanned stretch, at least). */
  private readonly at = new Map<string, number[]>();

  constructor(text: string, spans: Span[], needles: Iterable<string>) {
    const list = [...new Set(needles)].filter(n => n.length > 0);
    for (const n of list) this.at.set(n, []);
    if (!list.length) return;
    const re = new RegExp(list.map(escapeRegExp).join('|'), 'g');
    for (const iv of merged(spans)) {
      literalHits(re, text.slice(iv.start, iv.end), list, (i, n) => this.at.get(n)!.push(iv.start + i));
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
