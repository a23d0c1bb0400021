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

/** Results by start offset (a small integer: the fastest map key), then by end; one end per start is usual. */
interface Cell<V> { end: number; v: V; next?: Cell<V> }

function lookup<V>(t: Map<number, Cell<V>>, start: number, end: number): V | undefined {
  for (let c = t.get(start); c; c = c.next) if (c.end === end) return c.v;
  return undefined;
}
function store<V>(t: Map<number, Cell<V>>, start: number, end: number, v: V): void {
  const head = t.get(start);
  for (let c = head; c; c = c.next) if (c.end === end) { c.v = v; return; }
  t.set(start, { end, v, next: head });
}

export class SpanTable<V> {
  private text = '';
  private map = new Map<number, Cell<V>>();
  private prev = new Map<number, Cell<V>>();
  private p = 0;
  private q = 0;
  private shift = 0;

  constructor() { registerCache(this); }
  clear(): void { this.text = ''; this.map = new Map(); this.prev = new Map(); this.p = this.q = this.shift = 0; }

  /** get: the result stored for text[start, end), in this version or (by position) in the previous one. */
  get(text: string, start: number, end: number): V | undefined {
    if (!cachingEnabled()) return undefined;
    this.sync(text);
    let v = lookup(this.map, start, end);
    if (v !== undefined) return v;
    if (end <= this.p) v = lookup(this.prev, start, end);
    else if (start >= text.length - this.q) v = lookup(this.prev, start - this.shift, end - this.shift);
    if (v !== undefined) store(this.map, start, end, v);
    return v;
  }

  set(text: string, start: number, end: number, v: V): void {
    if (!cachingEnabled()) return;
    this.sync(text);
    store(this.map, start, end, v);
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
