// Needle presence over long texts, kept across keystrokes. The cue prefilter (CompiledLexicon.mayOccur) asks
// whether literal needles occur in a whole bill; after a one-character edit almost every answer is unchanged,
// so instead of searching 100 KB–1 MB again per needle, we remember one occurrence of each needle in the last
// few long texts and, for a new text, re-check only what the edited stretch can have changed. Exact: an
// occurrence wholly inside the unchanged prefix or suffix is still there, and a needle that was absent can only
// appear overlapping the edited stretch.

import { tracksVersions } from '../cache';
import { Versions, type Version } from '../text/versions';

/** needle → index of one occurrence, or -1 if absent */
type At = Map<string, number>;

/** Texts shorter than this are searched directly (cheap; not worth retaining). */
export const PRESENCE_MIN = 20_000;

export class NeedleIndex {
  /** size: how many recent long texts to remember (each retains its text, so keep it small). */
  private readonly versions: Versions<At>;
  constructor(size = 2) { this.versions = new Versions<At>(() => new Map(), size); }

  /** includes is text.includes(needle), answered from the remembered occurrences where possible. */
  includes(text: string, needle: string): boolean {
    if (!tracksVersions()) return text.includes(needle);
    const v = this.versions.get(text, carryOver);
    let i = v.data.get(needle);
    if (i === undefined) { i = text.indexOf(needle); v.data.set(needle, i); }
    return i >= 0;
  }
}

/** carryOver copies every answer of v's base that the edit from it to v cannot have changed. */
function carryOver(v: Version<At>): void {
  const base = v.base;
  if (!base) return;
  const a = base.text, b = v.text, { p, q, shift } = v;
  const changedEnd = b.length - q; // b[p, changedEnd) replaced a[p, a.length - q)
  for (const [n, i] of base.data) {
    if (i >= 0) {
      if (i + n.length <= p) v.data.set(n, i);
      else if (i >= a.length - q) v.data.set(n, i + shift);
      // else: the occurrence overlapped the edit; searched again on demand.
    } else {
      const from = Math.max(0, p - n.length + 1), to = Math.min(b.length, changedEnd + n.length - 1);
      if (to - from < n.length || !b.slice(from, to).includes(n)) v.data.set(n, -1);
    }
  }
}
