// Results per span of the document, carried from the last version by position. The content-keyed memos
// (cache.ts) find a provision's earlier result by its text, which costs a hash of that text on every
// keystroke — for a 1 MB bill, megabytes hashed per keystroke. But a span that lies wholly in the part of
// the document an edit did not touch has the same text as before, at the same offset (before the edit) or
// shifted by the edit's length (after it), so its result can be found by its offsets alone. Only used for
// the document's own text: every other string goes to the content memo.

import { tracksVersions } from '../cache';
import { Versions } from './versions';

/** Documents shorter than this are cheap to hash; the table is for long ones. */
export const SPAN_MIN = 20_000;

/** Results by start offset (a small integer: the fastest map key), then by end; one end per start is usual. */
interface Cell<V> { end: number; v: V; next?: Cell<V> }
type Table<V> = Map<number, Cell<V>>;

function lookup<V>(t: Table<V>, start: number, end: number): V | undefined {
  for (let c = t.get(start); c; c = c.next) if (c.end === end) return c.v;
  return undefined;
}
function store<V>(t: Table<V>, start: number, end: number, v: V): void {
  const head = t.get(start);
  for (let c = head; c; c = c.next) if (c.end === end) { c.v = v; return; }
  t.set(start, { end, v, next: head });
}

export class SpanTable<V> {
  private readonly versions = new Versions<Table<V>>(() => new Map());

  /** get: the result stored for text[start, end), in this version or (by position) in the one before. */
  get(text: string, start: number, end: number): V | undefined {
    if (!tracksVersions()) return undefined;
    const cur = this.versions.get(text);
    let v = lookup(cur.data, start, end);
    if (v !== undefined) return v;
    const base = cur.base;
    if (!base) return undefined;
    if (end <= cur.p) v = lookup(base.data, start, end);
    else if (start >= text.length - cur.q) v = lookup(base.data, start - cur.shift, end - cur.shift);
    if (v !== undefined) store(cur.data, start, end, v);
    return v;
  }

  /**
   * carries: whether text is an edit of a version this table remembers — most of it (its common beginning and
   * end) unchanged, so most results can be carried over — rather than another document.
   */
  carries(text: string): boolean {
    if (!tracksVersions()) return false;
    const v = this.versions.get(text);
    return v.base !== undefined && v.p + v.q >= text.length / 2;
  }

  set(text: string, start: number, end: number, v: V): void {
    if (tracksVersions()) store(this.versions.get(text).data, start, end, v);
  }
}
