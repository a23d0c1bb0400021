import { LANGS, type Lang, type Span } from '../types';
import { lexiconData } from '../lexicon';
import { Memo, MAX_KEY, ownCopy, tracksVersions } from '../cache';
import { SpanTable, SPAN_MIN } from '../text/spans';

let stop: Map<string, number> | undefined;
/** The longest stopword: a longer word cannot be one, so it is not looked up. */
let stopMax = 0;
/**
 * Short stopwords by number: a word of up to SHORT characters of [a-z'] is written in base 28 (a=1 … z=26,
 * '=27; no digit is 0, so the number tells the word), which fits a small integer: looking it up needs no
 * string for each word of the text.
 */
const SHORT = 6;
/**
 * The short stopwords' numbers in an open-addressing table (linear probing, 0 = empty slot: no word is 0):
 * most words of a text are looked up and missed, and a probe of two typed arrays costs a fraction of a Map
 * lookup.
 */
/** Longer stopwords of [a-z'] (few: "persona", "l'article"), with their masks, compared in place. */
let longStop: { word: string; mask: number }[] = [];
let shortKeys: Int32Array | undefined, shortMasks: Int32Array | undefined, shortShift = 0;
const codeOf = (c: number) => (c === 39 ? 27 : c - 96);

/** A word → bitmask of the languages that list it as a stopword (built once from the lexicon data). */
function stopwords(): Map<string, number> {
  if (stop) return stop;
  stop = new Map();
  LANGS.forEach((lang, i) => { for (const w of lexiconData(lang).stopwords) stop!.set(w, (stop!.get(w) ?? 0) | (1 << i)); });
  const short = new Map<number, number>();
  for (const [w, mask] of stop) {
    stopMax = Math.max(stopMax, w.length);
    if (w.length <= SHORT && /^[a-z']+$/.test(w)) { let v = 0; for (let k = 0; k < w.length; k++) v = v * 28 + codeOf(w.charCodeAt(k)); short.set(v, mask); }
    else if (/^[a-z']+$/.test(w)) longStop.push({ word: w, mask });
  }
  let bits = 4;
  while ((1 << bits) < short.size * 4) bits++;
  shortKeys = new Int32Array(1 << bits); shortMasks = new Int32Array(1 << bits); shortShift = 32 - bits;
  for (const [v, mask] of short) {
    let h = slotOf(v);
    while (shortKeys[h] !== 0) h = (h + 1) & (shortKeys.length - 1);
    shortKeys[h] = v; shortMasks[h] = mask;
  }
  return stop;
}

/** slotOf: a short word number's first slot in the table (Fibonacci hashing: the top bits of v times 2^32/φ). */
function slotOf(v: number): number { return Math.imul(v, 0x9e3779b1) >>> shortShift; }

/** shortMask: the language mask of a short word number (0 when it is no stopword), what the Map of them gave. */
function shortMask(v: number): number {
  const keys = shortKeys!, last = keys.length - 1;
  for (let h = slotOf(v); ; h = (h + 1) & last) {
    const k = keys[h];
    if (k === v) return shortMasks![h];
    if (k === 0) return 0;
  }
}

export interface Detection { lang: Lang; confidence: number }

/**
 * detectLanguage votes with stopwords over (a sample of) folded[start, end). Confidence is the winner's
 * share of its own and the runner-up's votes (damped below 8 votes); near 0.5 the text is mixed or too short.
 */
export function detectLanguage(folded: string, start = 0, end = folded.length, fallback: Lang = 'en', inner?: Span[]): Detection {
  // (A one-off analysis keeps nothing by position: straight to the vote by content.)
  if (folded.length < SPAN_MIN || !tracksVersions()) return detectSpan(folded, start, end, fallback, inner);
  // A long bill: answers by position (text/spans.ts), carried over from the previous version where the edit
  // left the span alone; else by content: a consolidated act repeats whole parts, whose votes are known.
  let answers = byPosition.get(folded, start, end);
  let d = answers?.get(fallback);
  if (!d) {
    d = detectSpan(folded, start, end, fallback, inner);
    if (!answers) { answers = new Map(); byPosition.set(folded, start, end, answers); }
    answers.set(fallback, d);
  }
  return d;
}
const byPosition = new SpanTable<Map<Lang, Detection>>();

/**
 * detectSpan: the vote over folded[start, end), its counts remembered by the span's text. `inner`: spans inside
 * it (sorted, apart) whose counts are asked for anyway — a part's sections: where the span is read whole (one
 * window) and no word is cut where the pieces meet, its counts are theirs plus those of the text between them,
 * so a part is not read again after (or before) its sections.
 */
function detectSpan(folded: string, start: number, end: number, fallback: Lang, inner?: Span[]): Detection {
  return decide(inner && addsUp(folded, start, end, inner) ? piecewise(folded, start, end, inner) : countsOf(folded, start, end), fallback);
}

/**
 * detectWithSections: detectLanguage of a part with its sections as inner spans, when it is at least `min`
 * long, then of each section at least `min` long (undefined for the others) — what a call for each gives.
 * Where the part's votes are added up from its pieces in a one-off analysis, each section is counted once
 * for both (not counted for the part, then looked up again by its text for itself).
 */
export function detectWithSections(folded: string, part: Span, sections: Span[], fallback: Lang, min: number): { part?: Detection; sections: (Detection | undefined)[] } {
  const long = (s: Span) => s.end - s.start >= min;
  const byContent = folded.length < SPAN_MIN || !tracksVersions();
  if (byContent && sections.length && long(part) && addsUp(folded, part.start, part.end, sections)) {
    const known = sections.map(s => (s.end > s.start ? countsOf(folded, s.start, s.end) : []));
    return { part: decide(piecewise(folded, part.start, part.end, sections, known), fallback), sections: sections.map((s, i) => (long(s) ? decide(known[i], fallback) : undefined)) };
  }
  const p = long(part) ? detectLanguage(folded, part.start, part.end, fallback, sections.length ? sections : undefined) : undefined;
  return { part: p, sections: sections.map(s => (long(s) ? detectLanguage(folded, s.start, s.end, fallback) : undefined)) };
}

/** countsOf: each language's votes over folded[start, end) (vote's windows), remembered by the span's text. */
function countsOf(folded: string, start: number, end: number): number[] {
  // A section's votes depend only on its text: an edit elsewhere does not count them again.
  if (end - start > MAX_KEY) return count(folded, start, end);
  const slice = folded.slice(start, end);
  let c = votes.get(slice);
  if (!c) { c = count(slice, 0, slice.length); votes.set(ownCopy(slice), c); }
  return c;
}
const votes = new Memo<number[]>(20000);

/**
 * addsUp: whether the votes over [start, end) are the sum over the pieces [start, end) is cut into at the
 * inner spans' ends: the span is read as one window, the inner spans lie in order inside it, and no cut falls
 * inside a word (a run of [a-z'] the whole span would count once, but two pieces as two shorter words).
 */
export function addsUp(folded: string, start: number, end: number, inner: Span[]): boolean {
  if (end - start > 3 * WINDOW) return false;
  let at = start;
  for (const s of inner) {
    if (s.start < at || s.end < s.start || s.end > end) return false;
    at = s.end;
  }
  const cut = (i: number) => i <= start || i >= end || !isWordCode(folded.charCodeAt(i - 1)) || !isWordCode(folded.charCodeAt(i));
  return inner.every(s => cut(s.start) && cut(s.end));
}

/**
 * piecewise: the counts of [start, end) as the sum of its pieces' (addsUp holds); `known`: the inner spans'
 * counts where the caller has them already.
 */
function piecewise(folded: string, start: number, end: number, inner: Span[], known?: number[][]): number[] {
  const total = new Array(LANGS.length).fill(0);
  const plus = (c: number[]) => { for (let k = 0; k < c.length; k++) total[k] += c[k]; };
  let at = start;
  for (let i = 0; i < inner.length; i++) {
    const s = inner[i];
    if (s.start > at) plus(countsOf(folded, at, s.start));
    if (s.end > s.start) plus(known ? known[i] : countsOf(folded, s.start, s.end));
    at = s.end;
  }
  if (end > at) plus(countsOf(folded, at, end));
  return total;
}

/** longMask: the mask of the long stopword that folded[i, i + n) is, or 0. */
function longMask(folded: string, i: number, n: number): number {
  for (const l of longStop) if (l.word.length === n && folded.startsWith(l.word, i)) return l.mask;
  return 0;
}

/** isWordCode: a-z or the apostrophe, the characters of /[a-z']+/. */
function isWordCode(c: number): boolean { return (c >= 97 && c <= 122) || c === 39; }

/** A vote reads a span whole up to three windows' length; a longer one in three spread-out windows. */
const WINDOW = 4000;

function count(folded: string, start: number, end: number): number[] {
  stopwords();
  const votes = new Array(LANGS.length).fill(0);
  // A few spread-out windows are enough and keep this O(1) on huge files.
  const len = end - start, win = WINDOW;
  const windows = len <= win * 3 ? [[start, end]] : [0, 0.5, 0.9].map(f => { const s = start + Math.floor(len * f); return [s, Math.min(end, s + win)]; });
  // The words are the runs of [a-z'] in each window (what /[a-z']+/g finds in the window's slice), read
  // with charCodeAt: no match object per word, and no lookup for words longer than any stopword.
  for (const [s, e] of windows) {
    let i = s;
    while (i < e) {
      let c = folded.charCodeAt(i);
      if (!isWordCode(c)) { i++; continue; }
      let j = i, v = 0;
      do { if (j - i < SHORT) v = v * 28 + codeOf(c); j++; } while (j < e && isWordCode(c = folded.charCodeAt(j)));
      const n = j - i;
      // A longer run can only be one of the few long stopwords of [a-z'] (a stopword with other characters is
      // never a run): compared in place, not cut out and hashed.
      const mask = n <= SHORT ? shortMask(v) : n <= stopMax ? longMask(folded, i, n) : 0;
      if (mask) for (let k = 0; k < LANGS.length; k++) if (mask & (1 << k)) votes[k]++;
      i = j;
    }
  }
  return votes;
}

/** decide: the detection from each language's votes. */
function decide(votes: number[], fallback: Lang): Detection {
  const total = votes.reduce((a, b) => a + b, 0);
  if (!total) return { lang: fallback, confidence: 0 };
  let best = 0;
  for (let i = 1; i < votes.length; i++) if (votes[i] > votes[best]) best = i;
  // French, Spanish and Portuguese share many function words ("la", "de", "ou"), so the winner's share of
  // all votes understates a clear win; measure it against the runner-up instead. Few votes mean little.
  const second = Math.max(...votes.filter((_, i) => i !== best));
  const confidence = (votes[best] / (votes[best] + second)) * Math.min(1, total / 8);
  return { lang: LANGS[best], confidence };
}
