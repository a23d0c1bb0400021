// Shared helpers of the checklist: where a cue occurs, the clause (sentence) around it, and the provision it
// belongs to. Checklist items are judged on the whole bill — a safeguard counts wherever it is — except the
// long title (text before the first provision), which announces provisions rather than making them
// (corpus convention: long titles do not count).

import type { CoverageEntry, Provision, Span } from '../types';
import type { CompiledLexicon } from '../lexicon';
import type { LineIndex } from '../text/lineIndex';
import { deepestAt, describe } from '../structure';

export interface Block { span: Span; lex: CompiledLexicon }

export interface Hit { start: number; end: number; lex: CompiledLexicon }

export class CheckContext {
  constructor(
    readonly root: Provision,
    readonly folded: string,
    readonly lines: LineIndex,
    readonly blocks: Block[],
  ) {}

  /** Where the operative text starts: the first provision, when the bill has any structure. */
  get bodyStart(): number {
    const first = this.root.children[0];
    return first && this.root.children.length > 1 ? first.start : 0;
  }

  /** hits lists every occurrence of a cue in the operative text, each with the lexicon of its block. */
  hits(cue: string): Hit[] {
    const out: Hit[] = [];
    for (const b of this.blocks) {
      const start = Math.max(b.span.start, this.bodyStart);
      if (start >= b.span.end) continue;
      for (const f of b.lex.findAll(cue, this.folded, start, b.span.end)) out.push({ start: f.start, end: f.end, lex: b.lex });
    }
    return out;
  }

  /** firstHit is hits(cue)[0], found without scanning past it. */
  firstHit(cue: string): Hit | undefined {
    for (const b of this.blocks) {
      const start = Math.max(b.span.start, this.bodyStart);
      if (start >= b.span.end) continue;
      const f = b.lex.first(cue, this.folded, start, b.span.end);
      if (f) return { start: f.start, end: f.end, lex: b.lex };
    }
    return undefined;
  }

  /** clause returns the sentence around a hit (bounded by full stops, semicolons' paragraphs, or line ends). */
  clause(h: Span, max = 600): Span {
    const f = this.folded;
    let s = h.start, e = h.end;
    // Character codes (46 ".", 10 newline), not a regex test per character.
    while (s > 0 && h.start - s < max && f.charCodeAt(s - 1) !== 46 && f.charCodeAt(s - 1) !== 10) s--;
    while (e < f.length && e - h.end < max && f.charCodeAt(e) !== 46 && f.charCodeAt(e) !== 10) e++;
    return { start: s, end: e };
  }

  /** test says whether a cue occurs inside a span (with the given lexicon). */
  test(lex: CompiledLexicon, cue: string, s: Span): boolean { return lex.test(cue, this.folded, s.start, s.end); }

  provisionAt(offset: number): Provision { return deepestAt(this.root, offset); }

  /** entry turns a hit into the coverage entry reported for it. */
  entry(h: Span, via?: string): CoverageEntry {
    return { present: true, range: this.lines.range(h), provision: describe(this.provisionAt(h.start)), ...(via ? { via } : {}) };
  }
}
