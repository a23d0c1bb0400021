// Whole-bill cue searches kept across keystrokes. The checklist asks, on every keystroke, for the first (or
// every) occurrence of dozens of cues in the whole bill; over 1 MB each search costs 1–3 ms, and after a
// one-character edit almost every answer is unchanged. A regex attempt at one position looks at a bounded
// stretch of text around it (the cue's reach, computed from its pattern; cues that can reach without limit
// are never carried over), so an attempt whose stretch lies wholly in the unchanged prefix or suffix gives the
// same result as before, and only attempts near the edit need to be made again. Exact by construction, and
// property-tested against a fresh search (test/unit/rescan.test.ts).

import { cachingEnabled, ownCopy, tracksVersions } from '../cache';
import { Versions, type Version } from '../text/versions';
import { wordCharBefore } from '../text/wordStart';

export interface CueHit { start: number; end: number; text: string; groups: (string | undefined)[] }

/** A compiled cue: the global regex (no leading boundary), a sticky twin, and how far an attempt can look. */
export interface CueRegex { re: RegExp; sticky: RegExp; reach: number }

/** How a cue is searched in a text with nothing to carry over: by default a plain scan (firstFrom, allFrom). */
export interface Searcher {
  first(cue: CueRegex, text: string): CueHit | null;
  all(cue: CueRegex, text: string): CueHit[];
}
const PLAIN: Searcher = { first: (c, t) => firstFrom(c, t, 0), all: (c, t) => allFrom(c, t, 0) };

interface Answer { first?: CueHit | null; all?: CueHit[] }
/** One version of a long text: the answers found in it, by cue id. */
type Slot = Version<Map<string, Answer>>;

/** Texts shorter than this are searched directly. */
export const RESCAN_MIN = 20_000;

export class CueAnswers {
  private readonly versions: Versions<Map<string, Answer>>;
  constructor(size = 2) { this.versions = new Versions<Map<string, Answer>>(() => new Map(), size); }

  /** first: the first match of a cue in text; `fresh` searches when no earlier answer can be carried over. */
  first(id: string, cue: CueRegex, text: string, fresh: Searcher = PLAIN): CueHit | undefined {
    if (!cachingEnabled() || !Number.isFinite(cue.reach)) return firstFrom(cue, text, 0) ?? undefined;
    if (!tracksVersions()) return fresh.first(cue, text) ?? undefined;
    const slot = this.versions.get(text);
    const a = answer(slot, id);
    if (a.first === undefined) a.first = this.deriveFirst(slot, id, cue, fresh);
    return a.first ?? undefined;
  }

  all(id: string, cue: CueRegex, text: string, fresh: Searcher = PLAIN): CueHit[] {
    if (!cachingEnabled() || !Number.isFinite(cue.reach)) return allFrom(cue, text, 0);
    if (!tracksVersions()) return fresh.all(cue, text);
    const slot = this.versions.get(text);
    const a = answer(slot, id);
    if (!a.all) a.all = this.deriveAll(slot, id, cue, fresh);
    return a.all;
  }

  private deriveFirst(slot: Slot, id: string, cue: CueRegex, fresh: Searcher): CueHit | null {
    const base = slot.base, old = base?.data.get(id);
    const known = old?.first !== undefined ? old.first : old?.all ? old.all[0] ?? null : undefined;
    if (!base || known === undefined) return fresh.first(cue, slot.text);
    const { p, q } = slot, b = slot.text, R = cue.reach;
    if (known && known.start + R <= p) return known; // found, and decided before the edit could matter
    // Attempts before p - R failed before and fail now; those from changedEnd + R on are the old ones shifted.
    const from = Math.max(0, p - R), to = b.length - q + R, shift = b.length - base.text.length;
    const near = searchWindow(cue, b, from, Math.min(to, b.length));
    if (near) return near;
    if (!known) return null; // every attempt beyond the window failed before as well
    // The old first hit lay beyond the window (shifted) or was destroyed by the edit: look further.
    return known.start + shift >= to ? shifted(known, shift) : firstFrom(cue, b, to);
  }

  private deriveAll(slot: Slot, id: string, cue: CueRegex, fresh: Searcher): CueHit[] {
    const base = slot.base, old = base?.data.get(id)?.all;
    if (!base || !old) return fresh.all(cue, slot.text);
    const { p, q } = slot, b = slot.text, R = cue.reach, shift = b.length - base.text.length, changedEnd = b.length - q;
    const out: CueHit[] = [];
    let k = 0;
    // Matches decided wholly within the unchanged prefix are the same.
    while (k < old.length && old[k].start + R <= p) out.push(old[k++]);
    let y = out.length ? out[out.length - 1].end : 0;
    for (;;) {
      // Resynchronised: from y on, attempts are the old ones shifted, and the old scan was searching at y too.
      if (y >= changedEnd + R) {
        const yOld = y - shift;
        let j = 0;
        while (j < old.length && old[j].start < yOld) j++;
        const inside = j > 0 && old[j - 1].end > yOld;
        if (!inside) { for (; j < old.length; j++) out.push(shifted(old[j], shift)); return out; }
      }
      const limit = Math.max(y + 1, changedEnd + R) + R;
      const m = searchWindow(cue, b, y, Math.min(limit, b.length));
      if (m) { out.push(m); y = m.end; continue; }
      if (limit >= b.length) return out;
      y = limit;
    }
  }
}

function answer(slot: Slot, id: string): Answer {
  let a = slot.data.get(id);
  if (!a) { a = {}; slot.data.set(id, a); }
  return a;
}

function shifted(h: CueHit, shift: number): CueHit {
  return shift ? { start: h.start + shift, end: h.end + shift, text: h.text, groups: h.groups } : h;
}

/** firstFrom: the first non-empty match at a word start from `from` on (a plain search of the whole rest). */
export function firstFrom(cue: CueRegex, text: string, from: number): CueHit | null {
  const { re } = cue;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length && !wordCharBefore(text, m.index)) { re.lastIndex = 0; return hit(m, m.index); }
    re.lastIndex = next(text, m.index);
  }
  re.lastIndex = 0;
  return null;
}

/** allFrom: every match at a word start from `from` on, as the scan without caching lists them. */
export function allFrom(cue: CueRegex, text: string, from: number): CueHit[] {
  const out: CueHit[] = [];
  const { re } = cue;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length || wordCharBefore(text, m.index)) { re.lastIndex = next(text, m.index); continue; }
    out.push(hit(m, m.index));
  }
  re.lastIndex = 0;
  return out;
}

/**
 * searchWindow: the first match (at a word start, non-empty) starting in [from, to), reading the text only up
 * to `to + reach`. Candidates found in the cut-out window are confirmed on the whole text with the sticky
 * twin, because the window's end can let a trailing lookahead pass that the real next character would fail.
 */
export function searchWindow(cue: CueRegex, text: string, from: number, to: number): CueHit | null {
  if (from >= to) return null;
  // The window also starts a reach early, so that lookbehinds inside a pattern see the real text before.
  const winStart = Math.max(0, from - cue.reach);
  const win = text.slice(winStart, Math.min(text.length, to + cue.reach));
  const { re, sticky } = cue;
  re.lastIndex = from - winStart;
  for (let m = re.exec(win); m; m = re.exec(win)) {
    const at = winStart + m.index;
    if (at >= to) break;
    if (m[0].length && !wordCharBefore(text, at)) {
      sticky.lastIndex = at;
      const v = sticky.exec(text);
      if (v && v[0].length) { re.lastIndex = 0; return hit(v, at); }
    }
    re.lastIndex = next(win, m.index);
  }
  re.lastIndex = 0;
  return null;
}

/** hit: a match as kept. Its strings are copied: V8's substrings point into the whole bill, and answers kept
 * across keystrokes would otherwise keep every old version of it alive. */
function hit(m: RegExpExecArray, at: number): CueHit {
  const groups: (string | undefined)[] = [];
  for (let g = 1; g < m.length; g++) groups.push(m[g] === undefined ? undefined : ownCopy(m[g]));
  return { start: at, end: at + m[0].length, text: ownCopy(m[0]), groups };
}

/** next: the position after i, not splitting a surrogate pair (the regexes are in Unicode mode). */
function next(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
}
