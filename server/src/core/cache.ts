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

/** One remembered result, with its full key (the bucket it sits in is keyed by a short digest of it). */
interface Entry<V> { key: string; value: V }
type Buckets<V> = Map<number, Entry<V>[]>;

/**
 * digest: a small-integer stand-in for a key — a hash of its length and of at most 32 of its characters, from
 * its start, middle and end. A Map hashes every character of a string key, and each provision text asked
 * about is a new slice to be hashed again; the digest reads a few characters and allocates nothing, and the
 * full key is compared only with the entries that share it (on a hit, one comparison; texts that differ
 * usually differ within the sampled characters).
 */
function digest(key: string): number {
  const n = key.length;
  let h = n;
  if (n <= 32) {
    for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  } else {
    const m = (n >> 1) - 4;
    for (let i = 0; i < 12; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
    for (let i = m; i < m + 8; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
    for (let i = n - 12; i < n; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  }
  return h & 0x3fffffff; // a small integer: the fastest Map key
}

export class Memo<V> {
  private young: Buckets<V> = new Map();
  private old: Buckets<V> = new Map();
  private youngSize = 0;
  private oldSize = 0;
  private youngChars = 0;
  private oldChars = 0;
  constructor(private readonly max: number, private readonly maxChars = MEMO_CHARS, name = `memo${memos.length}`) {
    registry.push(this);
    memos.push({ name, stats: () => ({ name, entries: this.size, chars: this.youngChars + this.oldChars }) });
  }

  get(key: string): V | undefined {
    if (!enabled) return undefined;
    const d = digest(key);
    let e = find(this.young.get(d), key);
    if (e) return e.value;
    e = find(this.old.get(d), key);
    if (e) this.add(d, e.key, e.value); // still in use: promote (the stored key, not the caller's slice)
    return e?.value;
  }

  set(key: string, value: V): void {
    if (enabled) this.add(digest(key), key, value);
  }

  private add(d: number, key: string, value: V): void {
    if (this.youngSize >= this.max || this.youngChars + key.length > this.maxChars) {
      this.old = this.young; this.oldSize = this.youngSize; this.oldChars = this.youngChars;
      this.young = new Map(); this.youngSize = 0; this.youngChars = 0;
    }
    const bucket = this.young.get(d);
    const e = find(bucket, key);
    if (e) { e.value = value; return; }
    if (bucket) bucket.push({ key, value }); else this.young.set(d, [{ key, value }]);
    this.youngSize++;
    this.youngChars += key.length;
  }

  clear(): void { this.young.clear(); this.old.clear(); this.youngSize = this.oldSize = this.youngChars = this.oldChars = 0; }
  get size(): number { return this.youngSize + this.oldSize; }
}

function find<V>(bucket: Entry<V>[] | undefined, key: string): Entry<V> | undefined {
  if (bucket) for (const e of bucket) if (e.key === key) return e;
  return undefined;
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

/**
 * Whether results are kept by position for the document's next version (text/spans.ts, lexicon/rescan.ts,
 * lexicon/presence.ts, navigation/termMatch.ts). The editor analyses a document again at every keystroke and
 * needs them; a one-off analysis — the CLI checking a file — never reads them again, so it does not keep
 * them (analyze's `incremental: false`). Content-keyed memos are kept either way.
 */
let tracking = true;

/** tracksVersions: whether this analysis keeps and reads results by position (see above). */
export function tracksVersions(): boolean { return enabled && tracking; }

/** withoutVersions runs f (an analysis) without keeping results by position; the results are the same. */
export function withoutVersions<T>(f: () => T): T {
  const was = tracking;
  tracking = false;
  try { return f(); } finally { tracking = was; }
}

/** setCaching turns the memos on or off (off: every analysis is computed from scratch; contents are kept). */
export function setCaching(on: boolean): void { enabled = on; }

/** registerCache: another cache (not a Memo) that clearCaches() must also empty. */
export function registerCache(c: { clear(): void }): void { registry.push(c); }

/** cachingEnabled: whether caches may answer (off in tests that compare against a from-scratch analysis). */
export function cachingEnabled(): boolean { return enabled; }
