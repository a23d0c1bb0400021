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
  /** next[row + symbol]: the row (state × width) a transition goes to, so a step is one add and one load. */
  private readonly next: Int32Array;
  /** hit[row + symbol]: whether the state that transition goes to ends a needle (read beside the step, not after it). */
  private readonly hit: Uint8Array;
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
    // Row offsets rather than state numbers: the walk adds the symbol to the row it is in, with no multiply on
    // the chain of dependent loads that is the whole cost of the pass.
    const ends = new Uint8Array(states);
    outputs.forEach((out, t) => { if (out) ends[t] = 1; });
    this.next = new Int32Array(states * W);
    this.hit = new Uint8Array(states * W);
    for (let k = 0; k < states * W; k++) { this.next[k] = next[k] * W; this.hit[k] = ends[next[k]]; }
    this.statesOf = needles.map(() => []);
    outputs.forEach((out, s) => { if (out) for (const n of out) this.statesOf[n].push(s); });
    this.states = states;
  }

  /** find: where every needle occurs in text (one pass; positions are listed per needle only when asked). */
  find(text: string): Occurrences {
    const { symbol, next, hit, width: W } = this;
    const len = text.length, L = this.longest - 1, q = len >> 2;
    if (len < CHAINED || q <= L) {
      const ev = new Events(len);
      this.walk(text, 0, len, 0, ev);
      return ev.occurrences(this);
    }
    // Four walks at once, one per quarter of the text: each step waits for the table read of the one before
    // it, so four independent walks interleaved take little longer than one. Walk c starts L characters
    // before its quarter, so that from the quarter on it is in the state a walk from the start would be in,
    // and records only what ends from there on. (Characters are read with charCodeAt: copying a Latin-1
    // text out as bytes first costs more than it saves.)
    const e0 = new Events(q), e1 = new Events(q), e2 = new Events(q), e3 = new Events(q);
    const f1 = q - L, f2 = 2 * q - L, f3 = 3 * q - L;
    let r0 = 0, r1 = 0, r2 = 0, r3 = 0;
    for (let i = 0; i < q; i++) {
      const x0 = r0 + symbol[text.charCodeAt(i)];
      const x1 = r1 + symbol[text.charCodeAt(f1 + i)];
      const x2 = r2 + symbol[text.charCodeAt(f2 + i)];
      const x3 = r3 + symbol[text.charCodeAt(f3 + i)];
      r0 = next[x0]; r1 = next[x1]; r2 = next[x2]; r3 = next[x3];
      if (hit[x0] !== 0) e0.add(i, r0 / W);
      if (hit[x1] !== 0 && f1 + i >= q) e1.add(f1 + i, r1 / W);
      if (hit[x2] !== 0 && f2 + i >= 2 * q) e2.add(f2 + i, r2 / W);
      if (hit[x3] !== 0 && f3 + i >= 3 * q) e3.add(f3 + i, r3 / W);
    }
    // The last L characters of the second and third quarters, and the rest of the text.
    this.walk(text, f1 + q, 2 * q, r1, e1);
    this.walk(text, f2 + q, 3 * q, r2, e2);
    this.walk(text, f3 + q, len, r3, e3);
    return e0.concat(e1).concat(e2).concat(e3).occurrences(this);
  }

  /** walk: goes on from row r over text[from, to), recording the needle ends; returns the row it ends in. */
  private walk(text: string, from: number, to: number, r: number, ev: Events): number {
    const { symbol, next, hit, width: W } = this;
    for (let i = from; i < to; i++) {
      const x = r + symbol[text.charCodeAt(i)];
      r = next[x];
      if (hit[x] !== 0) ev.add(i, r / W);
    }
    return r;
  }
}

/** From this length on, a text is walked in four interleaved quarters. */
const CHAINED = 4096;

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
      // Each state's ends are in text order, and the needle has one length: each state gives a sorted run.
      const { offset, ends } = this.byState(), len = this.set.needles[k].length;
      const runs = this.set.statesOf[k].map(st => {
        const run = new Int32Array(offset[st + 1] - offset[st]);
        for (let j = 0; j < run.length; j++) run[j] = ends[offset[st] + j] + 1 - len;
        return run;
      });
      s = mergeSorted(runs);
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

/**
 * mergeSorted: the union (with repeats) of sorted runs, sorted — merged two by two, n log(runs) steps
 * (a typed-array sort of the concatenation costs several times more for the few thousand offsets here).
 * With `also`, each run's values carry a parallel run that is reordered with them.
 */
export function mergeSorted(runs: Int32Array[], also?: Int32Array[]): Int32Array {
  // Most needles of a cue never occur: their empty runs are dropped before any merging.
  let rs: Int32Array[] = [], as: Int32Array[] = [];
  for (let r = 0; r < runs.length; r++) if (runs[r].length) { rs.push(runs[r]); if (also) as.push(also[r]); }
  if (rs.length === 0) { if (also) also.splice(0, also.length, new Int32Array(0)); return new Int32Array(0); }
  while (rs.length > 1) {
    const next: Int32Array[] = [], nextAlso: Int32Array[] = [];
    for (let r = 0; r + 1 < rs.length; r += 2) {
      const out = new Int32Array(rs[r].length + rs[r + 1].length);
      if (also) {
        const outAlso = new Int32Array(out.length);
        merge2(rs[r], rs[r + 1], out, as[r], as[r + 1], outAlso);
        nextAlso.push(outAlso);
      } else merge2(rs[r], rs[r + 1], out);
      next.push(out);
    }
    if (rs.length % 2) { next.push(rs[rs.length - 1]); if (also) nextAlso.push(as[as.length - 1]); }
    rs = next; as = nextAlso;
  }
  if (also) also.splice(0, also.length, as[0]);
  return rs[0];
}

/** merge2: two sorted runs into out (and, when given, the values they carry into outAlso). */
function merge2(a: Int32Array, b: Int32Array, out: Int32Array, aa?: Int32Array, ba?: Int32Array, outAlso?: Int32Array): void {
  let i = 0, j = 0, k = 0;
  if (outAlso) {
    while (i < a.length && j < b.length) {
      if (a[i] <= b[j]) { outAlso[k] = aa![i]; out[k++] = a[i++]; } else { outAlso[k] = ba![j]; out[k++] = b[j++]; }
    }
    while (i < a.length) { outAlso[k] = aa![i]; out[k++] = a[i++]; }
    while (j < b.length) { outAlso[k] = ba![j]; out[k++] = b[j++]; }
    return;
  }
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
}
