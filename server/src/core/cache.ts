// Content-keyed caches for incremental re-analysis. Most of a bill is unchanged between two keystrokes, and
// most of the core's work is a pure function of one provision's text: the lexicon scan of a provision, a cue
// test on it, the language vote of a section, the class of a line. Keyed by that text (not by position or
// document), a cached result is correct by construction — it is what the function returns for that input —
// so an edit re-computes only the provisions and lines it touched, and a result can never go stale.
//
// Memory is bounded: each memo keeps two generations and drops the older one when the younger fills up, so
// a long session keeps what the open bills use now. clearCaches() empties them all (benchmarks of a cold
// analysis, tests).

const registry: { clear(): void }[] = [];
let enabled = true;

export class Memo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  constructor(private readonly max: number) { registry.push(this); }

  get(key: string): V | undefined {
    if (!enabled) return undefined;
    let v = this.young.get(key);
    if (v !== undefined) return v;
    v = this.old.get(key);
    if (v !== undefined) this.set(key, v); // still in use: promote
    return v;
  }

  set(key: string, value: V): void {
    if (!enabled) return;
    if (this.young.size >= this.max) { this.old = this.young; this.young = new Map(); }
    this.young.set(key, value);
  }

  clear(): void { this.young.clear(); this.old.clear(); }
  get size(): number { return this.young.size + this.old.size; }
}

/** Longest text worth caching by content: beyond it, hashing the key costs about what the work does. */
export const MAX_KEY = 64 * 1024;

/**
 * ownCopy returns a copy of a (short) string that does not share the document's memory: V8 represents a
 * slice as a view of its parent, so a cached slice would keep every old version of a 1 MB bill alive.
 */
export function ownCopy(s: string): string { return (`\u0000${s}`).slice(1); }

/** clearCaches empties every memo (a cold analysis, as the CLI does on a file it has never seen). */
export function clearCaches(): void { for (const m of registry) m.clear(); }

/** setCaching turns the memos on or off (off: every analysis is computed from scratch; contents are kept). */
export function setCaching(on: boolean): void { enabled = on; }

/** registerCache: another cache (not a Memo) that clearCaches() must also empty. */
export function registerCache(c: { clear(): void }): void { registry.push(c); }

/** cachingEnabled: whether caches may answer (off in tests that compare against a from-scratch analysis). */
export function cachingEnabled(): boolean { return enabled; }
