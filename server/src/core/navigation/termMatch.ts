// The uses of one defined term in a text, as the term's regular expression finds them (whole words, any
// white space between its words, a plural "s" or "es"), kept across keystrokes. A regex pass per term over a
// 1 MB bill costs about 0.2 ms, and a bill defines dozens of terms; after a keystroke almost every match is
// where it was. So the matches of the last few long texts are remembered, and for a new text only the
// stretch around the edit is searched again, with code that reads exactly what the regex reads.
//
// Exactness. The global regex loop emits, from lastIndex L, the first position i >= L where an attempt
// succeeds, then continues from the match's end. An attempt at i can only succeed where the term's first
// word occurs, and its outcome depends only on the characters it reads: two before i (the lookbehind), the
// words and white space, the plural ending and two after (the lookahead). So, with p the common prefix of
// the old and new text and [p, E) the new text's edited stretch:
// - an attempt that cannot read up to p (more than S + 4 non-space characters lie between i and p, S the
//   length of the term's words) has the same outcome in both texts: old matches before `zoneStart` stay;
// - an attempt at i >= E + 2 reads only the unchanged suffix: old outcomes hold there, shifted, and once
//   the scan stands at such a position that no old match straddles, the rest is the old list, shifted;
// - in between, candidates (occurrences of the first word) are tried one by one.
// test/unit/equivalence.test.ts compares this with the regex on random texts and random edits.

import type { Span } from '../types';
import { isSpaceCode } from '../text/trim';
import { commonPrefix, commonSuffix } from '../text/common';
import { cachingEnabled, tracksVersions } from '../cache';
import { Versions } from '../text/versions';
import { literalHits } from '../text/literalHits';
import { escapeRegExp } from '../text/escape';


/** termPattern: a term's uses as a regular expression — whole words, any white space between its words, plural "s"/"es". */
export function termPattern(key: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key).replace(/\s+/g, '\\s+')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'gu');
}

/** regexMatches: every match of termPattern(key) over text, by the regex itself. */
export function regexMatches(text: string, key: string): Span[] {
  const re = termPattern(key), out: Span[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** letterOrDigitAt: whether the code point starting at i is a letter or a digit (false at the end). */
function letterOrDigitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
  }
  return LETTER_OR_DIGIT.test(text[i]);
}

/** letterOrDigitBefore: whether the code point ending at i is a letter or a digit. */
function letterOrDigitBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i - 2, i));
  }
  return LETTER_OR_DIGIT.test(text[i - 1]);
}

/** The term split into words, or undefined when the code path does not apply (the regex is used then). */
function wordsOf(key: string): string[] | undefined {
  const words = key.split(/\s+/);
  if (key.length < 2 || /[\ud800-\udfff]/.test(key) || words.some(w => !w)) return undefined;
  return words;
}

/** attempt: the end of a match at i (where the first word occurs), or -1 — the regex's attempt at i, in code. */
function attempt(text: string, i: number, words: string[]): number {
  if (letterOrDigitBefore(text, i)) return -1;
  let q = i + words[0].length;
  for (let w = 1; w < words.length; w++) {
    const s = q;
    while (q < text.length && isSpaceCode(text.charCodeAt(q))) q++;
    if (q === s || !text.startsWith(words[w], q)) return -1;
    q += words[w].length;
  }
  const c = text.charCodeAt(q);
  if (c === 115 /* s */ && !letterOrDigitAt(text, q + 1)) return q + 1;
  if (c === 101 /* e */ && text.charCodeAt(q + 1) === 115 && !letterOrDigitAt(text, q + 2)) return q + 2;
  return letterOrDigitAt(text, q) ? -1 : q;
}

/** codeMatches: the regex loop over text[from, until) done with attempt(); returns the matches and where the loop stands. */
function scanBetween(text: string, words: string[], from: number, until: number, out: Span[]): number {
  const first = words[0];
  let pos = from;
  while (pos < until) {
    // Occurrences of the first word starting before `until` only (a slice bounds the search).
    const j = text.slice(pos, Math.min(text.length, until + first.length - 1)).indexOf(first);
    if (j < 0) return until;
    const i = pos + j, end = attempt(text, i, words);
    if (end < 0) { pos = i + 1; continue; }
    out.push({ start: i, end });
    pos = end;
  }
  return pos;
}

/** codeMatches: every match of termPattern(key) over text, found with indexOf and attempt() (for tests). */
export function codeMatches(text: string, key: string): Span[] {
  const words = wordsOf(key);
  if (!words) return regexMatches(text, key);
  const out: Span[] = [];
  scanBetween(text, words, 0, text.length, out);
  return out;
}

/** Texts shorter than this are searched by the regex directly (cheap; not worth remembering). */
const MIN = 20_000;

/** The current version of a long text and the one before it, each with the terms' matches found in it. */
const versions = new Versions<Map<string, Span[]>>(() => new Map());

/**
 * termMatches: every match of termPattern(key) over text, in order. Treat the result as read-only (it may
 * be shared with later calls on the same text).
 */
export function termMatches(text: string, key: string): Span[] {
  return termMatchesOf(text, [key]).get(key)!;
}

/**
 * termMatchesOf: termMatches for several terms. Terms the previous version of a long text was searched for
 * are carried over its edit; the others are found together, in one pass (matchesTogether).
 */
export function termMatchesOf(text: string, keys: string[]): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  if (text.length < MIN || !cachingEnabled()) { for (const k of keys) out.set(k, regexMatches(text, k)); return out; }
  // A one-off analysis keeps no versions, but still finds the terms together.
  if (!tracksVersions()) return matchesTogether(text, keys);
  const v = versions.get(text);
  const todo: string[] = [];
  for (const key of keys) {
    let m = v.data.get(key);
    if (!m) {
      const old = v.base?.data.get(key);
      const words = wordsOf(key);
      if (old && words) m = carried(v.base!.text, old, text, words, text.length / 8, { p: v.p, q: v.q });
      if (m) v.data.set(key, m);
      else { todo.push(key); continue; }
    }
    out.set(key, m);
  }
  if (todo.length) for (const [k, m] of matchesTogether(text, todo)) { v.data.set(k, m); out.set(k, m); }
  return out;
}

/**
 * matchesTogether: the matches of several terms in one pass. A regex of all the terms' first words finds the
 * positions where one of them occurs (the search resumes one character after each hit, so overlapping
 * occurrences are found too); each term then runs the regex loop over the occurrences of its first word,
 * with attempt() — the same matches as one regex pass per term, which costs several times more.
 */
export function matchesTogether(text: string, keys: string[]): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  const plain: { key: string; words: string[] }[] = [];
  for (const key of keys) {
    const words = wordsOf(key);
    if (words) plain.push({ key, words }); else out.set(key, regexMatches(text, key));
  }
  if (!plain.length) return out;
  const at = firstWordsAt(text, [...new Set(plain.map(p => p.words[0]))]);
  for (const { key, words } of plain) {
    const found: Span[] = [];
    let from = 0;
    for (const j of at.get(words[0])!) {
      if (j < from) continue;
      const end = attempt(text, j, words);
      if (end < 0) continue;
      found.push({ start: j, end });
      from = end;
    }
    out.set(key, found);
  }
  return out;
}

const ASCII_WORD = /^[A-Za-z0-9_]/;
/** asciiWordCode: what \b counts as a word character without the u flag, [A-Za-z0-9_]. */
const asciiWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * firstWordsAt: for each word, ascending positions where it occurs, including at least every occurrence not
 * preceded by a letter or digit (attempt() refuses the others, so which of those are listed does not matter).
 * A word that begins with an ASCII word character is looked for after a regex word boundary (\b: the engine
 * then skips the insides of words, about twice as fast) and after "_" (which \b does not count as a boundary
 * but the term regex's lookbehind does); any other word at every position.
 */
function firstWordsAt(text: string, firsts: string[]): Map<string, number[]> {
  const at = new Map<string, number[]>(firsts.map(w => [w, []]));
  const bounded = firsts.filter(w => ASCII_WORD.test(w)), anywhere = firsts.filter(w => !ASCII_WORD.test(w));
  if (anywhere.length) literalHits(new RegExp(alternation(anywhere), 'g'), text, anywhere, (i, w) => at.get(w)!.push(i));
  if (bounded.length) {
    // A match starts after a \b: where no [A-Za-z0-9_] precedes (the words begin with one).
    const re = new RegExp(`\\b(?:${alternation(bounded)})`, 'g');
    if (bounded.every(w => WORD_ONLY.test(w))) wordHits(re, text, bounded, at);
    else literalHits(re, text, bounded, (i, w) => at.get(w)!.push(i), q => q === 0 || !asciiWordCode(text.charCodeAt(q - 1)));
    let late = false;
    for (let u = text.indexOf('_'); u >= 0; u = text.indexOf('_', u + 1)) {
      for (const w of bounded) if (text.startsWith(w, u + 1)) { at.get(w)!.push(u + 1); late = true; }
    }
    if (late) for (const w of bounded) at.get(w)!.sort((x, y) => x - y);
  }
  return at;
}

const WORD_ONLY = /^[A-Za-z0-9_]+$/;

/**
 * wordHits: what literalHits gives for the regex \b(?:words) and words made of [A-Za-z0-9_] only, with less
 * work per hit (a 1 MB bill has about ten thousand). Such a match lies inside one run of word characters and
 * starts where the run starts (\b), so its start is found by reading back from its end over word characters;
 * no later match can start inside the run, so the search resumes at the match's end.
 */
function wordHits(re: RegExp, text: string, words: string[], at: Map<string, number[]>): void {
  const byCode: string[][] = [], lists: number[][][] = [];
  for (const w of words) { const c = w.charCodeAt(0); (byCode[c] ??= []).push(w); (lists[c] ??= []).push(at.get(w)!); }
  re.lastIndex = 0;
  while (re.test(text)) {
    const e = re.lastIndex;
    let i = e - 1;
    while (i > 0 && asciiWordCode(text.charCodeAt(i - 1))) i--;
    const c = text.charCodeAt(i), ws = byCode[c], ls = lists[c];
    for (let k = 0; k < ws.length; k++) if (text.startsWith(ws[k], i)) ls[k].push(i);
    re.lastIndex = e;
  }
  re.lastIndex = 0;
}

/** alternation: a regex source matching any of the words, grouped by first character (a little faster than a flat list). */
function alternation(words: string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of words) { const g = groups.get(w[0]); if (g) g.push(w.slice(1)); else groups.set(w[0], [w.slice(1)]); }
  return [...groups].map(([c, rest]) => `${escapeRegExp(c)}(?:${rest.map(escapeRegExp).join('|')})`).join('|');
}

/**
 * carried: the matches in b, given the matches `old` in a (see the comment at the top); undefined when the
 * texts differ too much for it to pay (the regex over the whole text is faster then).
 */
export function carried(a: string, old: Span[], b: string, words: string[], maxChanged = b.length / 8, ends?: { p: number; q: number }): Span[] | undefined {
  const p = ends ? ends.p : commonPrefix(a, b);
  const q = ends ? ends.q : commonSuffix(a, b, Math.min(a.length, b.length) - p);
  const shift = b.length - a.length, E = b.length - q;
  if (E - p > maxChanged) return undefined;
  // No attempt from before zoneStart can read as far as p.
  const S = words.reduce((n, w) => n + w.length, 0) + 4;
  let zoneStart = p, nonSpace = 0;
  while (zoneStart > 0) {
    if (!isSpaceCode(b.charCodeAt(zoneStart - 1))) { if (nonSpace === S) break; nonSpace++; }
    zoneStart--;
  }
  const out: Span[] = [];
  let k = 0;
  for (; k < old.length && old[k].start < zoneStart; k++) out.push(old[k]);
  let pos = Math.max(out.length ? out[out.length - 1].end : 0, zoneStart);
  // Old matches from index k on are candidates for the suffix; find the first that may be reused.
  for (;;) {
    if (pos >= E + 2) {
      // In a's coordinates the scan stands at pos - shift: reusable unless an old match straddles it.
      const at = pos - shift;
      while (k < old.length && old[k].start < at) {
        if (old[k].end > at) break;
        k++;
      }
      if (k >= old.length || old[k].start >= at) {
        for (; k < old.length; k++) out.push({ start: old[k].start + shift, end: old[k].end + shift });
        return out;
      }
      // old[k] straddles: scan on to its end, then look again.
      pos = scanBetween(b, words, pos, old[k].end + shift, out);
      continue;
    }
    pos = scanBetween(b, words, pos, E + 2, out);
  }
}
