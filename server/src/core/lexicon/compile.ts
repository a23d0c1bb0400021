import { Memo, MAX_KEY, ownCopy, tracksVersions } from '../cache';
import { requiredLiterals } from './literals';
import { NeedleIndex, PRESENCE_MIN } from './presence';
import { execAtWordStart } from '../text/wordStart';
import { CueAnswers, RESCAN_MIN, allFrom, firstFrom, type CueHit, type CueRegex, type Searcher } from './rescan';
import { reachOf } from './reach';
import { CueIndex, acrossBillCues } from './indexed';
import { SpanTable, SPAN_MIN } from '../text/spans';

/** Cue tests on longer texts are not memoised: building and hashing the key would cost what the test does. */
const TEST_KEY = 2000;
import type { Confidence, Lang, TermMatch } from '../types';
import type { LexiconData } from './types';

interface Entry { keys: string[]; confidence: Confidence; label: string; source: string }
/** Key prefixes whose terms mayFind can rule out in a span. */
const KEY_PREFIXES = ['act.', 'purpose.'] as const;
export type KeyPrefix = typeof KEY_PREFIXES[number];
/** The index's pseudo-cue of each prefix, as constant strings (mayFind is asked for every provision of a bill). */
const PREFIX_CUE: Record<KeyPrefix, string> = { 'act.': '@act.', 'purpose.': '@purpose.' };
/** Cue answers of one span, by cue id (maps made when first needed). */
interface SpanRecord { first?: Map<string, CueHit | null>; all?: Map<string, CueHit[]> }

/**
 * A CompiledLexicon finds every element term of one language in a single pass: all patterns are joined
 * into one alternation (longest phrases first, so "practices similar to slavery" wins over "slavery"), and
 * the capture group that matched says which entry it was.
 */
export class CompiledLexicon {
  readonly lang: Lang;
  readonly data: LexiconData;
  private readonly entries: Entry[];
  private readonly all: RegExp;
  private readonly exclude?: RegExp;
  private readonly cueRes = new Map<string, RegExp>();
  private readonly scanMemo = new Memo<TermMatch[]>(20000);
  /** The same results found by position in the document's last version, without hashing the span's text. */
  private readonly scanSpans = new SpanTable<TermMatch[]>();
  private readonly testSpans = new SpanTable<Map<string, boolean>>();
  private readonly findSpans = new SpanTable<SpanRecord>();
  /** Cue answers per provision text: one lookup of the text serves every cue asked about it. */
  private readonly testMemo = new Memo<Map<string, boolean>>(20000);
  /** The last slice cut, handed out again for the same span: V8 keeps a string's hash, so it is hashed once. */
  private last = { folded: '', start: -1, end: -1, slice: '' };
  private readonly needlesOf = new Map<string, string[] | null>();
  /** Needle occurrences in the last long texts searched, so a keystroke re-searches only its edit. */
  private readonly presence = new NeedleIndex();
  /** Whole-bill cue answers kept across keystrokes (only the attempts near an edit are made again). */
  private readonly answers = new CueAnswers();
  private readonly cueSearch = new Map<string, CueRegex>();
  /** Where every cue's literals occur in a whole bill, to search a cue only where it can match. */
  private cueIndex?: CueIndex;

  constructor(data: LexiconData) {
    this.lang = data.language;
    this.data = data;
    const entries: Entry[] = [];
    for (const p of data.phrases ?? []) entries.push({ keys: p.keys, confidence: p.protocol ? 'high' : 'medium', label: data.elements[p.keys[0]]?.label ?? p.keys[0], source: p.re });
    for (const [key, el] of Object.entries(data.elements)) {
      for (const re of el.protocol) entries.push({ keys: [key], confidence: 'high', label: el.label, source: re });
      for (const re of el.variants ?? []) entries.push({ keys: [key], confidence: 'medium', label: el.label, source: re });
    }
    // Longer sources first approximates "longest phrase wins" for a leftmost-first regex engine.
    entries.sort((a, b) => weight(b.source) - weight(a.source));
    this.entries = entries;
    this.all = new RegExp(entries.map(e => `(${wrapEnd(e.source)})`).join('|'), 'gu');
    if (data.exclude?.length) this.exclude = new RegExp(data.exclude.map(wrapEnd).join('|'), 'gu');
  }

  /** scan finds element terms in folded[start, end). Matches inside an exclusion ("harbour master") are dropped. */
  scan(folded: string, start = 0, end = folded.length): TermMatch[] {
    const rel = this.scanRelative(folded, start, end);
    const out: TermMatch[] = new Array(rel.length);
    for (let i = 0; i < rel.length; i++) { const r = rel[i]; out[i] = { key: r.key, start: start + r.start, end: start + r.end, confidence: r.confidence, lang: r.lang, label: r.label }; }
    return out;
  }

  /**
   * scanRelative: scan's matches with offsets relative to start — the remembered list itself, not to be
   * changed (callers that read keys, or place the matches themselves, copy nothing).
   */
  scanRelative(folded: string, start = 0, end = folded.length): readonly TermMatch[] {
    if (end <= start) return [];
    // The matches depend only on the slice's text: a provision an edit did not touch is not scanned again.
    const bySpan = folded.length >= SPAN_MIN && tracksVersions();
    let rel = bySpan ? this.scanSpans.get(folded, start, end) : undefined;
    if (!rel) {
      const slice = start === 0 && end === folded.length ? folded : folded.slice(start, end);
      const cacheable = slice.length <= MAX_KEY;
      rel = cacheable ? this.scanMemo.get(slice) : undefined;
      if (!rel) { rel = this.scanSlice(slice); if (cacheable) this.scanMemo.set(ownCopy(slice), rel); }
      if (bySpan) this.scanSpans.set(folded, start, end, rel);
    }
    return rel;
  }

  /** scanSlice: scan on a whole string, offsets relative to it. */
  private scanSlice(slice: string): TermMatch[] {
    const out: TermMatch[] = [];
    const start = 0;
    const excluded: [number, number][] = [];
    if (this.exclude) {
      this.exclude.lastIndex = 0;
      for (let m = execAtWordStart(this.exclude, slice); m; m = execAtWordStart(this.exclude, slice)) {
        excluded.push([m.index, m.index + m[0].length]);
        if (m[0].length === 0) this.exclude.lastIndex++;
      }
    }
    const re = this.all;
    re.lastIndex = 0;
    let ex = 0;
    for (let m = execAtWordStart(re, slice); m; m = execAtWordStart(re, slice)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const s = m.index, e = s + m[0].length;
      while (ex < excluded.length && excluded[ex][1] <= s) ex++;
      if (ex < excluded.length && excluded[ex][0] < e) continue;
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      const entry = this.entries[g - 1];
      for (const key of entry.keys) out.push({ key, start: start + s, end: start + e, confidence: entry.confidence, lang: this.lang, label: this.data.elements[key]?.label ?? entry.label });
    }
    return out;
  }

  /** cue returns the compiled regex (global, folded, word-bounded) for a cue id, or undefined if the language has none. */
  cue(id: string): RegExp | undefined {
    let re = this.cueRes.get(id);
    if (re) { re.lastIndex = 0; return re; }
    const list = this.data.cues[id];
    if (!list?.length) return undefined;
    re = new RegExp(list.map(wrapEnd).join('|'), 'gu');
    this.cueRes.set(id, re);
    return re;
  }

  /**
   * mayOccurIn: mayOccur for slice = folded[start, end) — on a long bill, for a cue the literal index lists,
   * answered from where its literals occur (no search of the stretch at all).
   */
  private mayOccurIn(id: string, folded: string, start: number, end: number, slice: string): boolean {
    return this.cueMayBeIn(id, folded, start, end) ?? this.mayOccur(id, slice);
  }

  /**
   * cueNeedles: literals one of which every match of the cue contains (each once), or null when some
   * alternative has none (lexicon/literals.ts). An absent cue has no needles: it never matches.
   */
  cueNeedles(id: string): string[] | null {
    let needles = this.needlesOf.get(id);
    if (needles === undefined) {
      const sets = (this.data.cues[id] ?? []).map(requiredLiterals);
      needles = sets.every(Boolean) ? [...new Set(sets.flat() as string[])] : null;
      this.needlesOf.set(id, needles);
    }
    return needles;
  }

  /** mayOccur: false when none of the cue's required literals occurs in the text, so the cue cannot match. */
  private mayOccur(id: string, text: string): boolean {
    const needles = this.cueNeedles(id);
    // Over a whole bill, dozens of searches cost about what the regex does: prefilter short texts only.
    if (!needles || needles.length * text.length > 2_000_000) return true;
    // Long texts (a whole bill): answers remembered across keystrokes, only the edited stretch re-searched.
    if (text.length >= PRESENCE_MIN) return needles.some(n => this.presence.includes(text, n));
    return needles.some(n => text.includes(n));
  }

  /** test says whether a cue occurs in folded[start, end). */
  test(id: string, folded: string, start = 0, end = folded.length): boolean {
    const re = this.cue(id);
    if (!re) return false;
    // A whole long bill: "is there a first match", which the literal index and the answers carried across
    // keystrokes guide, where a test would run the regex over every character. The same answer when every
    // match holds a required literal (so none is empty: a test counts an empty match, first() skips it).
    if (start === 0 && end === folded.length && folded.length >= RESCAN_MIN && this.cueNeedles(id)) return this.first(id, folded) !== undefined;
    const bySpan = folded.length >= SPAN_MIN && tracksVersions();
    let answers = bySpan ? this.testSpans.get(folded, start, end) : undefined;
    let hit = answers?.get(id);
    if (hit !== undefined) return hit;
    const slice = this.sliceOf(folded, start, end);
    if (!answers) {
      // Longer texts are not memoised by content: hashing them would cost what the test does.
      answers = slice.length > TEST_KEY ? undefined : this.testMemo.get(slice);
      if (!answers) { answers = new Map(); if (slice.length <= TEST_KEY) this.testMemo.set(ownCopy(slice), answers); }
      if (bySpan) this.testSpans.set(folded, start, end, answers);
    }
    hit = answers.get(id);
    if (hit === undefined) { hit = this.mayOccur(id, slice) && occurs(re, slice); answers.set(id, hit); }
    return hit;
  }

  /** sliceOf is folded.slice(start, end), the same string object when the same span is asked for again. */
  private sliceOf(folded: string, start: number, end: number): string {
    if (start === 0 && end === folded.length) return folded;
    const l = this.last;
    if (l.start === start && l.end === end && l.folded === folded) { l.folded = folded; return l.slice; } // (an equal text held as another object: compared in full once)
    this.last = { folded, start, end, slice: folded.slice(start, end) };
    return this.last.slice;
  }

  /** first returns the first span of a cue in folded[start, end), scanning no further than it. */
  first(id: string, folded: string, start = 0, end = folded.length): { start: number; end: number; text: string } | undefined {
    const cue = this.search(id);
    if (!cue) return undefined;
    const rec = this.record(folded, start, end);
    let h = rec?.first?.get(id);
    if (h === undefined) {
      const all = rec?.all?.get(id);
      if (all) h = all[0] ?? null;
      else {
        const slice = this.sliceOf(folded, start, end);
        h = !this.mayOccurIn(id, folded, start, end, slice) ? null : (slice.length >= RESCAN_MIN ? this.answers.first(id, cue, slice, this.fresh(id, folded, start, end)) : firstFrom(cue, slice, 0)) ?? null;
      }
      if (rec) (rec.first ??= new Map()).set(id, h);
    }
    return h ? { start: start + h.start, end: start + h.end, text: h.text } : undefined;
  }

  /** findAll lists the spans of a cue in folded[start, end). */
  findAll(id: string, folded: string, start = 0, end = folded.length): { start: number; end: number; text: string; groups: (string | undefined)[] }[] {
    const cue = this.search(id);
    if (!cue) return [];
    const rec = this.record(folded, start, end);
    let hits = rec?.all?.get(id);
    if (!hits) {
      const slice = this.sliceOf(folded, start, end);
      hits = !this.mayOccurIn(id, folded, start, end, slice) ? [] : slice.length >= RESCAN_MIN ? this.answers.all(id, cue, slice, this.fresh(id, folded, start, end)) : allFrom(cue, slice, 0);
      if (rec) (rec.all ??= new Map()).set(id, hits);
    }
    return hits.map(h => ({ start: start + h.start, end: start + h.end, text: h.text, groups: h.groups }));
  }

  /** fresh: how to search a cue in folded[start, end) from scratch — around its literals when it has them. */
  private fresh(id: string, folded: string, start: number, end: number): Searcher | undefined {
    return this.index().searcher(id, folded, start, end);
  }

  /**
   * mayFind: false when scan(folded, start, end) can find no term whose key starts with `prefix` ("act.") —
   * answered for a span of a long bill from where the terms' literals occur in it, without scanning the span
   * (most provisions name no act); true when a term may be there, or for a short text.
   */
  mayFind(prefix: KeyPrefix, folded: string, start: number, end: number): boolean {
    if (!this.indexable(folded)) return true;
    return this.index().mayOccurIn(PREFIX_CUE[prefix], folded, start, end);
  }

  /**
   * cueMayBeIn: whether a cue may match in folded[start, end), answered from the bill's literal index for a
   * cue declared as searched across bills; undefined when the index cannot tell (a short text, another cue).
   */
  cueMayBeIn(id: string, folded: string, start: number, end: number): boolean | undefined {
    if (!this.indexable(folded)) return undefined;
    const index = this.index();
    return index.indexed(id) ? index.mayOccurIn(id, folded, start, end) : undefined;
  }

  /**
   * cueSpans: where the literals of a cue searched across bills occur in a long bill (each alternative's
   * rarest set; every match holds one), sorted by start; undefined when the index cannot tell.
   */
  cueSpans(id: string, folded: string): { starts: Int32Array; ends: Int32Array } | undefined {
    return this.indexable(folded) ? this.index().spans(id, folded) : undefined;
  }

  /**
   * literalStarts: where any of the given literals starts in a long bill, from the literal index (the
   * literals must have been listed with listedLiterals); undefined when the index cannot tell.
   */
  literalStarts(needles: readonly string[], folded: string): Int32Array | undefined {
    return this.indexable(folded) ? this.index().literalStarts(needles, folded) : undefined;
  }

  /**
   * indexable: whether stretches of this text are asked about through the literal index — a long bill with
   * nothing carried over: a one-off analysis, or the editor's first analysis of a document. After an edit the
   * span answers come by position from the version before (text/spans.ts), and the index would cost a pass
   * over the whole bill at every keystroke.
   */
  private indexable(folded: string): boolean {
    return folded.length >= RESCAN_MIN && !(tracksVersions() && this.scanSpans.carries(folded));
  }

  /** index: the literal index of this language's whole-bill cues and of its terms by key prefix. */
  private index(): CueIndex {
    if (!this.cueIndex) {
      const cues = acrossBillCues(this.data.cues);
      for (const prefix of KEY_PREFIXES) cues[PREFIX_CUE[prefix]] = this.entries.filter(e => e.keys.some(k => k.startsWith(prefix))).map(e => e.source);
      this.cueIndex = new CueIndex(cues, this.data.stopwords);
    }
    return this.cueIndex;
  }

  /**
   * record: the cue answers of one span of a long document (offsets relative to the span), carried over by
   * position from the last version when the edit did not touch the span; undefined for short documents.
   */
  private record(folded: string, start: number, end: number): SpanRecord | undefined {
    if (folded.length < SPAN_MIN || !tracksVersions()) return undefined;
    let r = this.findSpans.get(folded, start, end);
    if (!r) { r = {}; this.findSpans.set(folded, start, end, r); }
    return r;
  }

  /** search: a cue's regex with its sticky twin and reach, for searches that may be carried across edits. */
  private search(id: string): CueRegex | undefined {
    let c = this.cueSearch.get(id);
    if (c) return c;
    const re = this.cue(id);
    if (!re) return undefined;
    c = { re, sticky: new RegExp(re.source, `${re.flags}y`), reach: reachOf(re.source) + 4 };
    this.cueSearch.set(id, c);
    return c;
  }
}

/** occurs: whether re (a compiled cue) matches anywhere in text at a word start. */
function occurs(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = execAtWordStart(re, text) !== null;
  re.lastIndex = 0;
  return hit;
}

/**
 * Word boundaries that understand accented letters (the text is folded, but not every letter is Latin). The
 * leading boundary, (?<![\p{L}\p{N}_]), is left out of most alternatives: execAtWordStart (text/wordStart.ts)
 * checks it on each candidate, which gives the same matches about three times faster, because the engine can
 * then skip ahead to where an alternative can begin. An alternative with an unbounded repetition keeps it:
 * tried at every position inside one long word ("anonym[a-z]*" over "anonymanonym…"), it would cost the
 * square of the word's length, and with the lookbehind those positions fail at once.
 */
const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';
function wrapEnd(source: string): string {
  return `${unbounded(source) ? BEFORE : ''}(?:${nonCapturing(source)})${AFTER}`;
}

/** unbounded: whether a pattern repeats something without limit (*, + or {n,}) outside classes and escapes. */
export function unbounded(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') return true;
    else if (c === '{' && /^\{\d+,\}/.test(source.slice(i, i + 12))) return true;
  }
  return false;
}

/** nonCapturing turns "(a|b)" into "(?:a|b)" so a lexicon's own groups cannot shift the entry numbering. */
export function nonCapturing(source: string): string {
  let out = '', inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; continue; }
    out += c === '(' && source[i + 1] !== '?' ? '(?:' : c;
  }
  return out;
}

function weight(source: string): number {
  // Spaces count most: a multi-word phrase should beat any single word it contains.
  return (source.split(' ').length - 1) * 1000 + source.length;
}
