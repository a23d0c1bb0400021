// Every occurrence of many literal strings in one pass (Aho–Corasick). A bill lacks a dozen or more of the
// checklist's cues, and a regex search that finds nothing reads the whole megabyte: eighteen such searches
// were a fifth of a full analysis. Each cue's matches must contain one of a few literals (lexicon/literals.ts),
// so one pass over the bill that lists where every literal of every cue occurs tells, per cue, the few
// stretches where a match can be — and the regex then runs on those alone (lexicon/indexed.ts).

/** A compiled set of needles: a dense automaton over the needles' own characters. */
export class NeedleSet {
  readonly needles: string[];
  private readonly symbol = new Uint8Array(65536);
  private readonly width: number;
  private readonly delta: Uint16Array;
  private readonly ends: Uint8Array;
  /** statesOf[needle]: the states at which the needle ends. */
  readonly statesOf: number[][];
  readonly states: number;
  /** Length of the longest needle. */
  private readonly longest: number;

  constructor(needles: string[]) {
    this.needles = needles;
    this.longest = Math.max(1, ...needles.map(n => n.length));
    let symbols = 1; // 0: any character no needle contains
    for (const n of needles) for (let i = 0; i < n.length; i++) {
      const c = n.charCodeAt(i);
      if (!this.symbol[c]) {
        if (symbols === 255) throw new Error('too many distinct characters for a needle set');
        this.symbol[c] = symbols++;
      }
    }
    const W = (this.width = symbols);
    // The trie in one flat table of dense rows (at most one state per needle character, plus the root); -1
    // until filled. Then breadth first: a missing transition goes where the longest proper suffix's would, and
    // a state's outputs gather its suffixes'.
    let max = 1;
    for (const n of needles) max += n.length;
    const next = new Int32Array(max * W).fill(-1);
    const own: number[][] = [[]];
    let states = 1;
    needles.forEach((n, id) => {
      let s = 0;
      for (let i = 0; i < n.length; i++) {
        const k = s * W + this.symbol[n.charCodeAt(i)];
        if (next[k] < 0) { next[k] = states++; own.push([]); }
        s = next[k];
      }
      own[s].push(id);
    });
    if (states > 0xffff) throw new Error('needle set too large');
    const fail = new Int32Array(states);
    const outputs: (number[] | undefined)[] = new Array(states);
    const queue = new Int32Array(states);
    let tail = 0;
    for (let y = 0; y < W; y++) {
      const t = next[y];
      if (t < 0) next[y] = 0;
      else { fail[t] = 0; queue[tail++] = t; }
    }
    for (let h = 0; h < tail; h++) {
      const s = queue[h], f = fail[s];
      const inherited = outputs[f];
      outputs[s] = own[s].length ? (inherited ? [...own[s], ...inherited] : own[s]) : inherited;
      for (let y = 0; y < W; y++) {
        const t = next[s * W + y];
        if (t < 0) next[s * W + y] = next[f * W + y];
        else { fail[t] = next[f * W + y]; queue[tail++] = t; }
      }
    }
    // Two bytes per transition and a flag per state where a needle ends: half the memory of 32-bit entries,
    // so more of the table stays in cache as the pass jumps between states.
    this.delta = new Uint16Array(states * W);
    this.delta.set(next.subarray(0, states * W));
    this.ends = new Uint8Array(states);
    outputs.forEach((out, t) => { if (out) this.ends[t] = 1; });
    this.statesOf = needles.map(() => []);
    outputs.forEach((out, s) => { if (out) for (const n of out) this.statesOf[n].push(s); });
    this.states = states;
  }

  /** find: where every needle occurs in text (one pass; positions are listed per needle only when asked). */
  find(text: string): Occurrences {
    // A Latin-script bill is read as bytes (one native copy), faster than a character at a time.
    const bytes = NodeBuffer && text.length >= 4096 && !WIDE.test(text) ? NodeBuffer.from(text, 'latin1') : undefined;
    const { symbol, delta, width: W, ends } = this;
    const len = text.length;
    if (!bytes) {
      let ev = new Events(len), s = 0;
      for (let i = 0; i < len; i++) {
        s = delta[s * W + symbol[text.charCodeAt(i)]];
        if (ends[s] !== 0) ev = ev.add(i, s);
      }
      return ev.occurrences(this);
    }
    // Two passes at once, over the two halves: each step waits for the table read of the one before it, so
    // two independent walks interleaved take little longer than one. The second starts a needle's length
    // before the middle, so that from the middle on it is in the state a walk from the start would be in,
    // and records only what ends from the middle on.
    const mid = len >> 1, from = Math.max(0, mid - this.longest + 1);
    let a = new Events(len >> 1), b = new Events(len >> 1), s = 0, t = 0;
    for (let i = 0, j = from; i < mid; i++, j++) {
      s = delta[s * W + symbol[bytes[i]]];
      t = delta[t * W + symbol[bytes[j]]];
      if (ends[s] !== 0) a = a.add(i, s);
      if (ends[t] !== 0 && j >= mid) b = b.add(j, t);
    }
    for (let j = from + mid; j < len; j++) {
      t = delta[t * W + symbol[bytes[j]]];
      if (ends[t] !== 0 && j >= mid) b = b.add(j, t);
    }
    return a.concat(b).occurrences(this);
  }

}

/** Node's Buffer, when the core runs under Node. */
interface NodeBytes { readonly length: number; [i: number]: number }
const NodeBuffer = (globalThis as { Buffer?: { from(s: string, encoding: string): NodeBytes } }).Buffer;
/** A code unit beyond one byte: such a text is read a character at a time. */
const WIDE = /[^\x00-\xff]/;

/**
 * Occurrences of a NeedleSet's needles in one text, kept as the list of (end, state) events of the pass;
 * counts and positions per needle are derived from it on demand.
 */
export class Occurrences {
  private perState?: { offset: Int32Array; ends: Int32Array };
  private readonly sorted = new Map<number, Int32Array>();
  constructor(private readonly set: NeedleSet, private readonly ends: Int32Array, private readonly states: Int32Array, private readonly n: number) {}

  /** count: how many times needle k occurs. */
  count(k: number): number {
    const { offset } = this.byState();
    let c = 0;
    for (const s of this.set.statesOf[k]) c += offset[s + 1] - offset[s];
    return c;
  }

  /** starts: the start offsets of needle k's occurrences (unordered when it ends at several states). */
  starts(k: number): number[] {
    const { offset, ends } = this.byState(), len = this.set.needles[k].length, out: number[] = [];
    for (const s of this.set.statesOf[k]) for (let j = offset[s]; j < offset[s + 1]; j++) out.push(ends[j] + 1 - len);
    return out;
  }

  /** sortedStarts: starts(k) in ascending order, computed once per needle. */
  sortedStarts(k: number): Int32Array {
    let s = this.sorted.get(k);
    if (!s) {
      const states = this.set.statesOf[k];
      if (states.length === 1) {
        // One state: its ends are already in text order.
        const { offset, ends } = this.byState(), len = this.set.needles[k].length, from = offset[states[0]];
        s = new Int32Array(offset[states[0] + 1] - from);
        for (let j = 0; j < s.length; j++) s[j] = ends[from + j] + 1 - len;
      } else s = Int32Array.from(this.starts(k)).sort();
      this.sorted.set(k, s);
    }
    return s;
  }

  /** byState: the events sorted by state (a counting sort), each state's ends in text order. */
  private byState(): { offset: Int32Array; ends: Int32Array } {
    if (this.perState) return this.perState;
    const S = this.set.states, offset = new Int32Array(S + 1), ends = new Int32Array(this.n);
    for (let j = 0; j < this.n; j++) offset[this.states[j] + 1]++;
    for (let s = 0; s < S; s++) offset[s + 1] += offset[s];
    const fill = offset.slice(0, S);
    for (let j = 0; j < this.n; j++) ends[fill[this.states[j]]++] = this.ends[j];
    return (this.perState = { offset, ends });
  }
}

/** Events of a pass: (end offset, state) pairs, in text order. */
class Events {
  private ev: Int32Array;
  private n = 0;
  constructor(len: number) { this.ev = new Int32Array(2048 + (len >> 3)); }

  add(at: number, state: number): Events {
    if (this.n + 2 > this.ev.length) this.ev = grow(this.ev);
    this.ev[this.n] = at; this.ev[this.n + 1] = state; this.n += 2;
    return this;
  }

  concat(o: Events): Events {
    while (this.n + o.n > this.ev.length) this.ev = grow(this.ev);
    this.ev.set(o.ev.subarray(0, o.n), this.n);
    this.n += o.n;
    return this;
  }

  occurrences(set: NeedleSet): Occurrences {
    const k = this.n >> 1, at = new Int32Array(k), states = new Int32Array(k);
    for (let j = 0, i = 0; j < this.n; j += 2, i++) { at[i] = this.ev[j]; states[i] = this.ev[j + 1]; }
    return new Occurrences(set, at, states, k);
  }
}

function grow(a: Int32Array): Int32Array { const b: Int32Array = new Int32Array(a.length * 2); b.set(a); return b; }
