// Needle presence over long texts, kept across keystrokes. The cue prefilter (CompiledLexicon.mayOccur) asks
// whether literal needles occur in a whole bill; after a one-character edit almost every answer is unchanged,
// so instead of searching 100 KB–1 MB again per needle, we remember one occurrence of each needle in the last
// few long texts and, for a new text, re-check only what the edited stretch can have changed. Exact: an
// occurrence wholly inside the unchanged prefix or suffix is still there, and a needle that was absent can only
// appear overlapping the edited stretch.

import { cachingEnabled, registerCache } from '../cache';
import { commonPrefix, commonSuffix } from '../text/common';

interface Slot { text: string; at: Map<string, number> } // needle → index of one occurrence, or -1 if absent

/** Texts shorter than this are searched directly (cheap; not worth retaining). */
export const PRESENCE_MIN = 20_000;

export class NeedleIndex {
  private slots: Slot[] = [];
  /** size: how many recent long texts to remember (each slot retains its text, so keep it small). */
  constructor(private readonly size = 2) { registerCache(this); }

  clear(): void { this.slots = []; }

  /** includes is text.includes(needle), answered from the remembered occurrences where possible. */
  includes(text: string, needle: string): boolean {
    if (!cachingEnabled()) return text.includes(needle);
    const slot = this.slotFor(text);
    let i = slot.at.get(needle);
    if (i === undefined) { i = text.indexOf(needle); slot.at.set(needle, i); }
    return i >= 0;
  }

  private slotFor(text: string): Slot {
    for (const s of this.slots) if (s.text.length === text.length && s.text === text) return s;
    // The base is the remembered text closest in length (a keystroke changes the length by a character or so).
    let base: Slot | undefined;
    for (const s of this.slots) if (!base || Math.abs(s.text.length - text.length) < Math.abs(base.text.length - text.length)) base = s;
    const slot: Slot = { text, at: new Map() };
    if (base) carryOver(base, slot);
    this.slots.unshift(slot);
    if (this.slots.length > this.size) this.slots.length = this.size;
    return slot;
  }
}

/** carryOver copies every answer of base that the edit from base.text to slot.text cannot have changed. */
function carryOver(base: Slot, slot: Slot): void {
  const a = base.text, b = slot.text;
  const p = commonPrefix(a, b);
  const q = commonSuffix(a, b, Math.min(a.length, b.length) - p);
  const shift = b.length - a.length, changedEnd = b.length - q; // b[p, changedEnd) replaced a[p, a.length - q)
  for (const [n, i] of base.at) {
    if (i >= 0) {
      if (i + n.length <= p) slot.at.set(n, i);
      else if (i >= a.length - q) slot.at.set(n, i + shift);
      // else: the occurrence overlapped the edit; searched again on demand.
    } else {
      const from = Math.max(0, p - n.length + 1), to = Math.min(b.length, changedEnd + n.length - 1);
      if (to - from < n.length || !b.slice(from, to).includes(n)) slot.at.set(n, -1);
    }
  }
}
