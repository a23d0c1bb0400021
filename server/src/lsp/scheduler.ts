// Per-document scheduling: each change restarts a short debounce; when it fires, the newest version is
// analysed and published only if no newer version arrived meanwhile. Typing fast therefore never queues
// work: at most one analysis per document is pending, and a superseded result is dropped.

export interface Scheduled<T> {
  version: number;
  result?: T;
}

export class Scheduler<T> {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly latest = new Map<string, Scheduled<T>>();
  /** The newest published result per document, kept across new versions (the base for incremental work). */
  private readonly last = new Map<string, T>();
  /** Runs that were started and then thrown away because a newer version came in (for tests and status). */
  dropped = 0;

  constructor(
    private readonly run: (uri: string, version: number) => T | undefined,
    private readonly publish: (uri: string, version: number, result: T) => void,
    public delayMs: number,
  ) {}

  /** schedule (re)starts the debounce for a document version. delay 0 runs on the next tick. */
  schedule(uri: string, version: number, delay = this.delayMs): void {
    const prev = this.timers.get(uri);
    if (prev) clearTimeout(prev);
    this.latest.set(uri, { version });
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      const want = this.latest.get(uri);
      if (!want || want.version !== version) { this.dropped++; return; }
      const result = this.run(uri, version);
      // The run is synchronous, but a version may have been recorded by a re-entrant schedule.
      const now = this.latest.get(uri);
      if (result === undefined || !now || now.version !== version) { this.dropped++; return; }
      now.result = result;
      this.last.set(uri, result);
      this.publish(uri, version, result);
    }, delay));
  }

  /** resultFor returns the last published result, if it is for the given version (or any version when omitted). */
  resultFor(uri: string, version?: number): T | undefined {
    const s = this.latest.get(uri);
    if (!s || (version !== undefined && s.version !== version)) return undefined;
    return s.result;
  }

  /** lastResult returns the newest published result, even if the document has changed since. */
  lastResult(uri: string): T | undefined { return this.last.get(uri); }

  forget(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.latest.delete(uri);
    this.last.delete(uri);
  }

  pending(uri: string): boolean { return this.timers.has(uri); }
}
