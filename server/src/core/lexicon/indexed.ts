// Cue searches over a long text guided by where the cues' literals occur. Every match of a cue contains one of
// the literals of some set of its alternative (lexicon/literals.ts literalPlans), so a match can only start
// within the cue's reach before such an occurrence. One pass over the text lists every literal of every cue
// (lexicon/needles.ts); a search then runs the regex only in the windows around the occurrences of the
// rarest set of each alternative, in text order. Exact: the first match found this way is the first match,
// and the matches found one after another are those a plain scan finds (test/unit/indexed.test.ts).

import { registerCache } from '../cache';
import { literalPlans } from './literals';
import { wordCharBeforeWithin } from '../text/wordStart';
import { mergeSorted, NeedleSet, type Occurrences } from './needles';
import { allFrom, firstFrom, searchWindow, type CueHit, type CueRegex, type Searcher } from './rescan';

/**
 * The cues searched across whole bills (the checklist's and the safeguards'), declared by the modules that
 * search them: only their literals are listed by the pass, which then keeps a smaller table and fewer
 * occurrences. Any other cue asked about a whole bill is searched by a plain scan, with the same result.
 */
const acrossBills = new Set<string>();
export function searchedAcrossBills(ids: Iterable<string>): void { for (const id of ids) acrossBills.add(id); }
/**
 * Literals whose every occurrence in a whole bill is asked for by other passes (the cross-reference keywords):
 * the pass lists them too, and literalStarts hands out where they occur.
 */
const listed = new Set<string>();
export function listedLiterals(needles: Iterable<string>): void { for (const n of needles) listed.add(n); }

/** The declared cues of a lexicon, for its index. */
export function acrossBillCues(cues: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(cues).filter(([id]) => acrossBills.has(id)));
}

/** Occurrences sorted by start, with where each ends. */
export interface Spans { starts: Int32Array; ends: Int32Array }

/** A cue's plan: for each alternative, its candidate literal sets, as needle numbers, and the set it begins with. */
type Plan = { sets: number[][]; lead?: number[] }[];

export class CueIndex {
  private readonly plans = new Map<string, Plan | null>();
  private readonly ids = new Map<string, number>();
  private readonly set: NeedleSet;
  /** Occurrences of every needle in the last text looked at (a whole folded bill). */
  private last?: { text: string; found: Occurrences; spans: Map<string, Spans> };

  constructor(cues: Record<string, string[]>, stopwords: string[] = []) {
    const stop = new Set(stopwords);
    const common = (n: string) => n.split(/[^\p{L}\p{N}]+/u).every(w => !w || stop.has(w));
    const needles: string[] = [];
    const id = (n: string) => {
      let k = this.ids.get(n);
      if (k === undefined) { k = needles.length; needles.push(n); this.ids.set(n, k); }
      return k;
    };
    for (const [cue, sources] of Object.entries(cues)) {
      const alts: Plan = [];
      let ok = sources.length > 0;
      for (const src of sources) {
        const p = ok ? literalPlans(src) : undefined;
        if (!p) { ok = false; break; }
        for (const { sets, lead } of p) {
          const kept = likely(sets.filter(set => !set.some(common)));
          if (!kept.length) { ok = false; break; }
          const ids = kept.map(s => s.map(id));
          const at = lead ? kept.indexOf(lead) : -1;
          alts.push(at >= 0 ? { sets: ids, lead: ids[at] } : { sets: ids });
        }
      }
      this.plans.set(cue, ok ? alts : null);
    }
    for (const n of listed) id(n);
    this.set = new NeedleSet(needles);
    registerCache({ clear: () => { this.last = undefined; } });
  }

  /** indexed: whether searches for this cue can be guided by its literals. */
  indexed(cue: string): boolean { return !!this.plans.get(cue); }

  /**
   * searcher: first/every match of a cue in text = whole.slice(start, end), found around the literal
   * occurrences of `whole` (one pass per whole text, shared by every cue and span asked about it).
   */
  searcher(cue: string, whole: string, start: number, end: number): Searcher | undefined {
    const plan = this.plans.get(cue);
    if (!plan) return undefined;
    const at = (c: CueRegex) => this.candidates(cue, whole, start, end, c.reach)!;
    return {
      first: (c, text) => { const k = at(c); return worthIt(k, c, text) ? indexedFirst(c, text, k) : firstFrom(c, text, 0); },
      all: (c, text) => { const k = at(c); return worthIt(k, c, text) ? indexedAll(c, text, k) : allFrom(c, text, 0); },
    };
  }

  private found(whole: string): Occurrences {
    // Two equal texts held as two objects (the same bill analysed twice, two copies of a bill) compare in
    // full: the new object is kept after the first comparison, so the thousands of calls that follow during
    // the analysis are a pointer check, not a megabyte compared each time.
    if (this.last?.text !== whole) this.last = { text: whole, found: this.set.find(whole), spans: new Map() };
    else this.last.text = whole;
    return this.last.found;
  }

  /**
   * mayOccurIn: false when the cue cannot match inside whole[start, end): no alternative's rarest literal set
   * has an occurrence lying wholly inside it. True when one may (or the cue has no plan).
   */
  mayOccurIn(cue: string, whole: string, start: number, end: number): boolean {
    const s = this.spans(cue, whole);
    if (!s) return true;
    // The first occurrence starting at or after `start`, then on while they start before `end`.
    let lo = 0, hi = s.starts.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (s.starts[m] < start) lo = m + 1; else hi = m; }
    for (let i = lo; i < s.starts.length && s.starts[i] < end; i++) if (s.ends[i] <= end) return true;
    return false;
  }

  /**
   * spans: the occurrences in whole of each alternative's rarest literal set, sorted by start, with their ends
   * — every match of the cue holds one — or undefined for a cue without a plan.
   */
  spans(cue: string, whole: string): Spans | undefined {
    const plan = this.plans.get(cue);
    if (!plan) return undefined;
    this.found(whole);
    let s = this.last!.spans.get(cue);
    if (s === undefined) { s = this.occurrenceSpans(plan, whole); this.last!.spans.set(cue, s); }
    return s;
  }

  /**
   * literalStarts: where any of the listed literals (listedLiterals) starts in whole, ascending, each offset
   * once; undefined when one of them was not listed.
   */
  literalStarts(needles: readonly string[], whole: string): Int32Array | undefined {
    const ids = needles.map(n => this.ids.get(n));
    if (ids.some(k => k === undefined)) return undefined;
    const found = this.found(whole);
    const all = mergeSorted(ids.map(k => found.sortedStarts(k!)));
    let n = 0;
    const out = new Int32Array(all.length);
    for (let i = 0; i < all.length; i++) if (n === 0 || all[i] !== out[n - 1]) out[n++] = all[i];
    return out.subarray(0, n);
  }

  /** occurrenceSpans: the occurrences of each alternative's rarest set, sorted by start, with their ends. */
  private occurrenceSpans(plan: Plan, whole: string): Spans {
    const found = this.found(whole);
    const chosen: number[] = [];
    for (const { sets } of plan) {
      let best = sets[0], c1 = Infinity;
      for (const set of sets) {
        let c = 0;
        for (const n of set) c += found.count(n);
        if (c < c1) { best = set; c1 = c; }
      }
      for (const n of best) chosen.push(n);
    }
    // Each needle's starts are sorted: merged with their ends, not sorted again.
    const runs: Int32Array[] = [], endRuns: Int32Array[] = [];
    for (const n of chosen) {
      const len = this.set.needles[n].length, qs = found.sortedStarts(n), es = new Int32Array(qs.length);
      for (let i = 0; i < qs.length; i++) es[i] = qs[i] + len;
      runs.push(qs); endRuns.push(es);
    }
    const starts = mergeSorted(runs, endRuns), ends = endRuns[0] ?? new Int32Array(0);
    return { starts, ends };
  }

  /**
   * candidates: offsets (relative to start) of literal occurrences inside whole[start, end), sorted, such that
   * every match of the cue there starts within `reach` before one of them. Per alternative: the occurrences
   * of its rarest literal set, keeping only those with an occurrence of its second rarest set within reach
   * (a match holds both). Undefined for a cue without a plan.
   */
  candidates(cue: string, whole: string, start: number, end: number, reach = Infinity): Int32Array | undefined {
    const plan = this.plans.get(cue);
    if (!plan) return undefined;
    const found = this.found(whole);
    // Each alternative's candidates come out sorted: the lists are merged, not sorted again.
    const runs: Int32Array[] = [];
    for (const { sets, lead } of plan) {
      let best: number[] | undefined, second: number[] | undefined, c1 = Infinity, c2 = Infinity;
      for (const set of sets) {
        let c = 0;
        for (const n of set) c += found.count(n);
        if (c < c1) { second = best; c2 = c1; best = set; c1 = c; } else if (c < c2) { second = set; c2 = c; }
      }
      let a = this.positions(found, best!, start, end);
      // A match begins at a word start: an occurrence of the set it begins with, inside a word, begins none.
      if (best === lead) a = atWordStarts(a, whole, start);
      const run = new Int32Array(a.length);
      let k = 0;
      // A handful of windows cost less than listing the second set.
      if (!second || a.length <= FEW || !Number.isFinite(reach)) { for (let i = 0; i < a.length; i++) run[k++] = a[i] - start; runs.push(run); continue; }
      let b = this.positions(found, second, start, end);
      if (second === lead) b = atWordStarts(b, whole, start);
      for (let i = 0, j = 0; i < a.length; i++) {
        while (j < b.length && b[j] < a[i] - reach) j++;
        if (j < b.length && b[j] <= a[i] + reach) run[k++] = a[i] - start;
      }
      runs.push(run.subarray(0, k));
    }
    return mergeSorted(runs);
  }

  /** positions: the sorted start offsets in whole of the set's literals that lie wholly inside [start, end). */
  private positions(found: Occurrences, set: number[], start: number, end: number): Int32Array {
    // Each needle's starts are sorted: the parts inside [start, end) are merged.
    return mergeSorted(set.map(n => within(found.sortedStarts(n), start, end - this.set.needles[n].length)));
  }

}

/**
 * likely: the literal sets worth listing for one alternative. Short literals ("the", "ing") occur thousands of
 * times in any bill and would never be the rarest choice, but listing their occurrences would cost more than
 * the rest of the pass: keep the sets whose every literal has at least LONG characters, or else the best set.
 * (Sets with a literal made of the language's stopwords alone, " shall not ", are left out before.)
 */
const LONG = 5, KEEP = 3;
function likely(sets: string[][]): string[][] {
  const shortest = (s: string[]) => Math.min(...s.map(x => x.length));
  const ranked = [...sets].sort((a, b) => shortest(b) - shortest(a));
  const long = ranked.filter(s => shortest(s) >= LONG).slice(0, KEEP);
  return long.length ? long : ranked.slice(0, 1);
}

/** Below this many occurrences of the rarest set, its windows are searched without a second set's filter. */
const FEW = 8;

/**
 * atWordStarts: the offsets of xs not preceded by a letter, a digit or "_" in text.slice(from) — the search is
 * of that stretch alone, so its first character starts a word whatever comes before it.
 */
function atWordStarts(xs: Int32Array, text: string, from: number): Int32Array {
  let n = 0;
  const out = new Int32Array(xs.length);
  for (let i = 0; i < xs.length; i++) if (!wordCharBeforeWithin(text, xs[i], from)) out[n++] = xs[i];
  return out.subarray(0, n);
}

/** within: the part of a sorted list inside [lo, hi]. */
function within(xs: Int32Array, lo: number, hi: number): Int32Array {
  let i = 0, j = xs.length;
  for (let h = xs.length; i < h;) { const m = (i + h) >> 1; if (xs[m] < lo) i = m + 1; else h = m; } // first >= lo
  for (let l = i; l < j;) { const m = (l + j) >> 1; if (xs[m] <= hi) l = m + 1; else j = m; } // first > hi
  return i === 0 && j === xs.length ? xs : xs.subarray(i, j);
}

/** worthIt: windows around the candidates read less than the whole text (else a plain scan is as fast). */
function worthIt(cands: Int32Array, cue: CueRegex, text: string): boolean {
  return Number.isFinite(cue.reach) && cands.length * (2 * cue.reach + 64) < text.length;
}

/** indexedFirst is firstFrom(cue, text, 0), searching only the windows that can hold a match. */
export function indexedFirst(cue: CueRegex, text: string, cands: Int32Array): CueHit | null {
  const R = cue.reach;
  for (let i = 0; i < cands.length;) {
    const from = Math.max(0, cands[i] - R);
    let to = cands[i] + 1;
    while (++i < cands.length && cands[i] - R <= to) to = cands[i] + 1;
    const m = searchWindow(cue, text, from, Math.min(to, text.length));
    if (m) return m;
  }
  return null;
}

/** indexedAll is allFrom(cue, text, 0): matches one after another, each search starting where the last ended. */
export function indexedAll(cue: CueRegex, text: string, cands: Int32Array): CueHit[] {
  const R = cue.reach, out: CueHit[] = [];
  let y = 0;
  for (let i = 0; i < cands.length;) {
    let from = Math.max(y, cands[i] - R);
    let to = cands[i] + 1;
    while (++i < cands.length && cands[i] - R <= to) to = cands[i] + 1;
    to = Math.min(to, text.length);
    for (let m = searchWindow(cue, text, from, to); m; m = searchWindow(cue, text, from, to)) {
      out.push(m);
      from = y = m.end;
    }
  }
  return out;
}
