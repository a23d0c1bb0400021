// Collecting garbage when the server goes idle. An analysis of a 1 MB bill allocates tens of megabytes of
// short-lived objects, and V8 only runs a full collection when its heap has grown past a limit set from the
// previous peak; after a burst of work (opening several large bills, a stretch of typing) the process would
// sit at that peak for as long as nothing else happens — V8's own idle-time reducer did not fire within
// 20 s in our measurements (bench/memory.mjs --later). So once a burst is over — no analysis has finished for
// IDLE_MS — and enough has been analysed since the last collection to be worth it, the server asks for a full
// collection (two, ≈ 40–80 ms together with ten 1 MB bills open). It fits inside the editor's typing debounce (200 ms):
// a keystroke arriving meanwhile is analysed after its debounce, as before. Results are unaffected.
//
// The collection function is V8's `gc`, which Node exposes only when started with --expose-gc: the VS Code
// client starts the server with it (client/src/serverFlags.json, where the server's Node flags are kept and
// documented); another editor may add it to the command (README, "Use the server from another editor").
// Without it nothing is collected early and everything else works as before.

/** Quiet time after the last analysis before collecting. */
export const IDLE_MS = 300;
/** Characters analysed since the last collection that make one worthwhile (≈ 50 MB of garbage). */
export const WORTH_CHARS = 1024 * 1024;

/** availableGc: V8's gc function when the process was started with --expose-gc, else undefined. */
export function availableGc(): (() => void) | undefined {
  const gc = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? gc as () => void : undefined;
}

export class IdleCollector {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private analysed = 0;
  /** Collections run so far (for the memory debug request). */
  collections = 0;

  constructor(
    private readonly gc: (() => void) | undefined,
    /** busy: whether work is pending (an analysis waiting for its debounce): then wait for it instead. */
    private readonly busy: () => boolean = () => false,
    private readonly idleMs = IDLE_MS,
    private readonly worth = WORTH_CHARS,
  ) {}

  /** noteAnalysis records an analysis of `chars` characters that just finished. */
  noteAnalysis(chars: number): void { this.note(chars); }

  /**
   * noteClosed records that a document of `chars` characters was closed: its text and analysis are garbage
   * now, and closing a few large bills is no less worth a collection than analysing them.
   */
  noteClosed(chars: number): void { this.note(chars); }

  private note(chars: number): void {
    if (!this.gc) return;
    this.analysed += chars;
    if (this.analysed < this.worth) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.collect(), this.idleMs);
    this.timer.unref?.();
  }

  private collect(): void {
    this.timer = undefined;
    if (this.busy()) return; // the pending analysis will call noteAnalysis again when it finishes
    this.analysed = 0;
    this.collections++;
    // Twice: the first collection finds the garbage, the second (with the first's sweeping done) gives the
    // emptied pages back — one alone left the old generation at its peak size (bench/memory.mjs: 183 vs 164 MB).
    this.gc!();
    this.gc!();
  }
}
