// Results per span of the document, carried from the last version by position. The content-keyed memos
// (cache.ts) find a provision's earlier result by its text, which costs a hash of that text on every
// keystroke — for a 1 MB bill, megabytes hashed per keystroke. But a span that lies wholly in the part of
// the document an edit did not touch has the same text as before, at the same offset (before the edit) or
// shifted by the edit's length (after it), so its result can be found by its offsets alone. Only used for
// the document's own text: every other string goes to the content memo.

import { cachingEnabled, registerCache } from '../cache';
import { commonPrefix, commonSuffix } from '../text/common';

/** Documents shorter than this are cheap to hash; the table is for long ones. */
export const SPAN_MIN = 20_000;

// Offsets below 2^26 (64 M characters) pack into one safe integer key.
const key = (start: number, end: number) => start * 67108864 + end;

export class SpanTable<V> {
  private text = '';
  private map = new Map<number, V>();
  private prev = new Map<number, V>();
  private p = 0;
  private q = 0;
  private shift = 0;

  constructor() { registerCache(this); }
  clear(): void { this.text = ''; this.map = new Map(); this.prev = new Map(); this.p = this.q = this.shift = 0; }

  /** get: the result stored for text[start, end), in this version or (by position) in the previous one. */
  get(text: string, start: number, end: number): V | undefined {
    if (!cachingEnabled() || text.length >= 67108864) return undefined;
    this.sync(text);
    const k = key(start, end);
    let v = this.map.get(k);
    if (v !== undefined) return v;
    if (end <= this.p) v = this.prev.get(k);
    else if (start >= text.length - this.q) v = this.prev.get(key(start - this.shift, end - this.shift));
    if (v !== undefined) this.map.set(k, v);
    return v;
  }

  set(text: string, start: number, end: number, v: V): void {
    if (!cachingEnabled() || text.length >= 67108864) return;
    this.sync(text);
    this.map.set(key(start, end), v);
  }

  /** sync: a new version of the document starts a new table; the old one is kept for carrying results over. */
  private sync(text: string): void {
    if (text === this.text) return; // the same string object in all calls of one analysis: a pointer check
    const old = this.text;
    this.p = commonPrefix(old, text);
    this.q = commonSuffix(old, text, Math.min(old.length, text.length) - this.p);
    this.shift = text.length - old.length;
    this.prev = this.map;
    this.map = new Map();
    this.text = text;
  }
}
