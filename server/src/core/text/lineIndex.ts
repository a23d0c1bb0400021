import type { Position, Range, Span } from '../types';

/** LineIndex maps offsets to LSP positions by binary search over line starts ("\n", "\r\n" and "\r" all end lines). */
export class LineIndex {
  /** Line starts: the first `count` entries of a typed array that grows by doubling (no boxed array to grow). */
  private readonly starts: Int32Array;
  private readonly count: number;
  /** Whether the text holds a "\r" at all (when not, it has no "\r\n" either: callers skip that search). */
  readonly hasCR: boolean;
  constructor(private readonly text: string) {
    let starts = new Int32Array(Math.max(16, text.length >> 6)), n = 1; // starts[0] = 0
    const push = (at: number) => {
      if (n === starts.length) { const grown = new Int32Array(starts.length * 2); grown.set(starts); starts = grown; }
      starts[n++] = at;
    };
    this.hasCR = text.indexOf('\r') >= 0;
    if (!this.hasCR) {
      // Only "\n" line ends (the usual case): found by indexOf, far faster than reading every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) push(i + 1);
        else if (c === 13) { if (text.charCodeAt(i + 1) === 10) i++; push(i + 1); }
      }
    }
    this.starts = starts; this.count = n;
  }
  get lineCount(): number { return this.count; }
  lineStart(line: number): number { return this.starts[Math.max(0, Math.min(line, this.count - 1))]; }
  /** Offset just after the last visible character of the line (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 >= this.count) return this.text.length;
    let e = this.starts[line + 1];
    if (this.text.charCodeAt(e - 1) === 10) e--;
    if (this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }
  lineOf(offset: number): number {
    // Callers mostly ask in document order (findings, coverage entries): the line of the last answer, or the
    // one after it, is tried before the binary search (the same answer: the last line whose start <= offset).
    const starts = this.starts, h = this.hint, n = this.count;
    if (h < n && starts[h] <= offset) {
      if (h + 1 >= n || starts[h + 1] > offset) return h;
      if (h + 2 >= n || starts[h + 2] > offset) return (this.hint = h + 1);
    }
    return (this.hint = this.search(offset));
  }
  /** hint: the line lineOf answered last. */
  private hint = 0;
  private search(offset: number): number {
    let lo = 0, hi = this.count - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1; }
    return lo;
  }
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line] };
  }
  offset(p: Position): number {
    const line = Math.max(0, Math.min(p.line, this.count - 1));
    return Math.min(this.starts[line] + Math.max(0, p.character), this.lineEnd(line));
  }
  range(span: Span): Range { return { start: this.position(span.start), end: this.position(span.end) }; }
}
