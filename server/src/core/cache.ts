// Content-keyed caches for incremental re-analysis. Most of a bill is unchanged between two keystrokes, and
// most of the core's work is a pure function of one provision's text: the lexicon scan of a provision, a cue
// test on it, the language vote of a section, the class of a line. Keyed by that text (not by position or
// document), a cached result is correct by construction — it is what the function returns for that input —
// so an edit re-computes only the provisions and lines it touched, and a result can never go stale.
//
// Memory is bounded: each memo keeps two generations and drops the older one when the younger fills up —
// with `max` entries or `maxChars` characters of keys, whichever comes first, so a long session keeps what
// the open bills use now. Keys are copies of provision texts (up to MAX_KEY each), so a bound on entries
// alone would let a memo hold gigabytes (20 000 × 64 KB per generation) where its working set — every
// provision of a couple of 1 MB bills — is a few million characters. clearCaches() empties them all
// (benchmarks of a cold analysis, tests).

const registry: { clear(): void }[] = [];
const memos: { name: string; stats(): MemoStats }[] = [];
let enabled = true;

export interface MemoStats { name: string; entries: number; chars: number }

/** Default bound on a generation's key characters: the texts of about four 1 MB bills. */
export const MEMO_CHARS = 4 * 1024 * 1024;

export class Memo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private youngChars = 0;
  private oldChars = 0;
  constructor(private readonly max: number, private readonly maxChars = MEMO_CHARS, name = `memo${memos.length}`) {
    registry.push(this);
    memos.push({ name, stats: () => ({ name, entries: this.size, chars: this.youngChars + this.oldChars }) });
  }

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
    if (this.young.size >= this.max || this.youngChars + key.length > this.maxChars) {
      this.old = this.young; this.oldChars = this.youngChars;
      this.young = new Map(); this.youngChars = 0;
    }
    const had = this.young.size;
    this.young.set(key, value);
    if (this.young.size > had) this.youngChars += key.length;
  }

  clear(): void { this.young.clear(); this.old.clear(); this.youngChars = this.oldChars = 0; }
  get size(): number { return this.young.size + this.old.size; }
}

/** memoStats: entries and key characters of every memo (the server's memory debug request, tests). */
export function memoStats(): MemoStats[] { return memos.map(m => m.stats()); }

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
