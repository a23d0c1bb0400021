// Per-document scheduling: each change restarts a short debounce; when it fires, the newest version is
// analysed and published only if no newer version arrived meanwhile. Typing fast therefore never queues
// work: at most one analysis per document is pending, and a superseded result is dropped.
//
// Results are kept for the documents in use, within a budget (see Retention): an analysis weighs several
// times its document, so with many large bills open only the most recently used keep theirs; the others
// are analysed again when next edited or asked about (their diagnostics are already published).

import { Retention } from './retention';

export interface Scheduled<T> {
  version: number;
  result?: T;
}

export class Scheduler<T> {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly latest = new Map<string, Scheduled<T>>();
  /** The newest published result per document, kept across new versions (the base for incremental work). */
  private readonly last = new Map<string, T>();
  private readonly retention: Retention;
  /** Runs that were started and then thrown away because a newer version came in (for tests and status). */
  dropped = 0;

  constructor(
    private readonly run: (uri: string, version: number) => T | undefined,
    private readonly publish: (uri: string, version: number, result: T) => void,
    public delayMs: number,
    /**
     * weigh: a result's retention weight (the server uses its document's length); budget: the most kept;
     * evicted: told when a document's results were let go.
     */
    retain: { weigh: (result: T) => number; budget: number; evicted?: (uri: string) => void } = { weigh: () => 0, budget: Infinity },
  ) {
    this.retention = new Retention(retain.budget, uri => { this.evict(uri); retain.evicted?.(uri); });
    this.weigh = retain.weigh;
  }
  private readonly weigh: (result: T) => number;

  /** schedule (re)starts the debounce for a document version. delay 0 runs on the next tick. */
  schedule(uri: string, version: number, delay = this.delayMs): void {
    const prev = this.timers.get(uri);
    if (prev) clearTimeout(prev);
    this.latest.set(uri, { version });
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      const want = this.latest.get(uri);
      if (!want || want.version !== version) { this.dropped++; return; }
      // A request may have computed this version already (store): publish that instead of running again.
      const result = want.result ?? this.run(uri, version);
      // The run is synchronous, but a version may have been recorded by a re-entrant schedule.
      const now = this.latest.get(uri);
      if (result === undefined || !now || now.version !== version) { this.dropped++; return; }
      this.keep(uri, now, result);
      this.publish(uri, version, result);
    }, delay));
  }

  /**
   * store keeps a result computed outside the schedule (a hover on a version whose run is still pending, or
   * on a document whose result was let go), if it is for the newest version, so it is not computed again.
   */
  store(uri: string, version: number, result: T): void {
    const s = this.latest.get(uri);
    if (s && s.version === version) this.keep(uri, s, result);
  }

  private keep(uri: string, s: Scheduled<T>, result: T): void {
    s.result = result;
    this.last.set(uri, result);
    this.retention.touch(uri, this.weigh(result));
  }

  /** resultFor returns the last published result, if it is for the given version (or any version when omitted). */
  resultFor(uri: string, version?: number): T | undefined {
    const s = this.latest.get(uri);
    if (!s || (version !== undefined && s.version !== version)) return undefined;
    if (s.result !== undefined) this.retention.use(uri);
    return s.result;
  }

  /** lastResult returns the newest published result, even if the document has changed since. */
  lastResult(uri: string): T | undefined { return this.last.get(uri); }

  /** retained: the documents whose results are currently kept, least recently used first (for tests). */
  retained(): string[] { return this.retention.uris(); }

  /** evict lets a document's results go (retention budget); its scheduling state stays. */
  private evict(uri: string): void {
    const s = this.latest.get(uri);
    if (s) delete s.result;
    this.last.delete(uri);
  }

  forget(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.latest.delete(uri);
    this.last.delete(uri);
    this.retention.forget(uri);
  }

  pending(uri: string): boolean { return this.timers.has(uri); }

  /** busy: whether any document's run is waiting for its debounce. */
  busy(): boolean { return this.timers.size > 0; }
}
