// The last few versions of a long text (a bill being edited), each linked to the version it was most likely
// edited from, with what that edit left unchanged: a common prefix of length p and a common suffix of length
// q. Results that depend only on a stretch of the text can be carried from one version to the next when the
// stretch lies within those unchanged ends (lexicon/presence.ts, lexicon/rescan.ts, text/spans.ts,
// navigation/termMatch.ts). Each version retains its text, so only a few are kept, and only one link back.

import { registerCache } from '../cache';
import { commonPrefix, commonSuffix } from './common';

export class Version<A> {
  base?: Version<A>;
  private ends?: { p: number; q: number };
  constructor(readonly text: string, readonly data: A) {}

  /** p: length of the beginning the edit from base left unchanged (0 without a base). */
  get p(): number { return this.diff().p; }
  /** q: length of the unchanged end; never overlaps p. */
  get q(): number { return this.diff().q; }
  /** shift: how far the edit moved what follows it. */
  get shift(): number { return this.base ? this.text.length - this.base.text.length : 0; }

  private diff(): { p: number; q: number } {
    if (!this.ends) {
      const a = this.base?.text ?? '', b = this.text, p = commonPrefix(a, b);
      this.ends = { p, q: commonSuffix(a, b, Math.min(a.length, b.length) - p) };
    }
    return this.ends;
  }
}

export class Versions<A> {
  private list: Version<A>[] = [];
  /**
   * The string last asked about, and its version. Callers ask many times about one string object; comparing
   * with the object itself is a pointer check, while comparing with a version's own text — an equal string
   * held as another object, say from analysing the same bill in another format — reads all of it each time.
   */
  private lastText?: string;
  private lastVersion?: Version<A>;
  constructor(private readonly make: () => A, private readonly size = 2) { registerCache(this); }
  clear(): void { this.list = []; this.lastText = this.lastVersion = undefined; }

  /**
   * get: the version holding text. A new one is based on the remembered text closest in length (a keystroke
   * changes the length by a character or so); onNew sees it before it is returned.
   */
  get(text: string, onNew?: (v: Version<A>) => void): Version<A> {
    // Equal strings held as two objects are compared in full once; the new object is kept, so the next call
    // with it is a pointer check.
    if (this.lastVersion && this.lastText === text) { this.lastText = text; return this.lastVersion; }
    this.lastText = text;
    for (const v of this.list) if (v.text.length === text.length && v.text === text) return (this.lastVersion = v);
    let base: Version<A> | undefined;
    for (const v of this.list) if (!base || Math.abs(v.text.length - text.length) < Math.abs(base.text.length - text.length)) base = v;
    const v = new Version(text, this.make());
    if (base) { v.base = base; base.base = undefined; } // one link back: no chain of old texts stays alive
    onNew?.(v);
    this.list.unshift(v);
    if (this.list.length > this.size) this.list.length = this.size;
    return (this.lastVersion = v);
  }
}
