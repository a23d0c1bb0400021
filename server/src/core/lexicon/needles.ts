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
  private readonly delta: Int32Array;
  /** statesOf[needle]: the states at which the needle ends. */
  readonly statesOf: number[][];
  readonly states: number;

  constructor(needles: string[]) {
    this.needles = needles;
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
    if (states * W * 2 >= 2 ** 31) throw new Error('needle set too large');
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
    // A transition holds the target's row offset (state × width) shifted left by one, with the low bit set when
    // a needle ends there: one array read per character, no multiplication.
    this.delta = new Int32Array(states * W);
    for (let k = 0; k < states * W; k++) { const t = next[k]; this.delta[k] = t * W * 2 + (outputs[t] ? 1 : 0); }
    this.statesOf = needles.map(() => []);
    outputs.forEach((out, s) => { if (out) for (const n of out) this.statesOf[n].push(s); });
    this.states = states;
  }

  /** find: where every needle occurs in text (one pass; positions are listed per needle only when asked). */
  find(text: string): Occurrences {
    const { symbol, delta, width } = this;
    // Events (end offset, row) in one array; rows become states after the pass, out of the hot loop.
    let ev: Int32Array = new Int32Array(4096 + (text.length >> 3)), n = 0;
    let t = 0;
    for (let i = 0; i < text.length; i++) {
      t = delta[(t >> 1) + symbol[text.charCodeAt(i)]];
      if ((t & 1) !== 0) {
        if (n === ev.length) ev = grow(ev);
        ev[n] = i; ev[n + 1] = t >> 1; n += 2;
      }
    }
    const ends = new Int32Array(n >> 1), states = new Int32Array(n >> 1);
    for (let j = 0, k = 0; j < n; j += 2, k++) { ends[k] = ev[j]; states[k] = ev[j + 1] / width; }
    return new Occurrences(this, ends, states, n >> 1);
  }
}

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
    if (!s) { s = Int32Array.from(this.starts(k)).sort(); this.sorted.set(k, s); }
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

function grow(a: Int32Array): Int32Array { const b: Int32Array = new Int32Array(a.length * 2); b.set(a); return b; }
