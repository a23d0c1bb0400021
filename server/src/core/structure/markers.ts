// Line classification for the structure parser: what, if anything, a line opens (a division, a section or
// article, or a numbered sub-provision), in the layouts real laws use across English, French, Spanish and
// Portuguese drafting traditions. Patterns run on the folded view (lower case, no accents).

import type { ProvisionKind } from '../types';
import { isSpaceCode } from '../text/trim';

export type ListType =
  | 'paren-digit' | 'paren-lower' | 'paren-roman' | 'paren-upper'
  | 'lower-paren' | 'digit-paren' | 'degree' | 'upper-roman' | 'digit-dot' | 'section-sign' | 'ordinal-word';

// `restOffset` is where the line's text after the number (and its separator) begins; the parser cuts that text
// from the line only where it needs it.
export interface DivisionLine { type: 'division'; kind: ProvisionKind; rank: number; keyword: string; num: string; restOffset: number }
export interface SectionLine { type: 'section'; keyword: string; num: string; restOffset: number; bare: boolean }
export interface MarkerLine { type: 'marker'; list: ListType; num: string; alt?: { list: ListType; num: string }; restOffset: number }
export type LineClass = DivisionLine | SectionLine | MarkerLine | { type: 'text' };

// Each pattern with the characters a line it matches can begin with: classify skips the patterns a line's
// first character rules out (the same result, fewer attempts; test/unit/equivalence.test.ts).
const DIVISION_WORDS: [RegExp, ProvisionKind, number, string][] = [
  [/^(book|livre|libro|livro)\b/, 'book', 1, 'bl'],
  [/^(part|partie|parte)\b/, 'part', 2, 'p'],
  [/^(title|titre|titulo)\b/, 'title', 3, 't'],
  [/^(chapter|chapitre|capitulo)\b/, 'chapter', 4, 'c'],
  [/^(division|subpart|seccion|secao|sous-section|subseccion|subsecao)\b/, 'division', 5, 'ds'],
  [/^(schedule|annex|annexe|anexo)\b/, 'division', 2, 'sa'],
];

const ROMAN = '(?:[ivxlc]+)';
const ORDINAL_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|premier|premiere|deuxieme|troisieme|quatrieme|cinquieme|unique|primero|segundo|tercero|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|primeiro|terceiro|quarto|quinto|unico)';
const DIV_NUM = new RegExp(`^[ \\t]*(\\d+[a-z]?|${ROMAN}\\b(?:\\s+bis\\b)?|[a-z]\\b(?=[ .:\\-])|${ORDINAL_WORDS}\\b)(?:\\s+bis\\b)?`);

/** Section numbers: 3, 3A, 177 bis, 279.01, 225-4-1, L425-1, 149-A, 18-a, 2o, 2º. */
const SEC_NUM = '(?:[lrd](?=\\d))?\\d+(?:[.\\-]\\d+)*(?:-?[a-z](?![a-z]))?(?:\\s*(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)\\b)?(?:[o°º](?![a-z]))?';
// "Article premier", "Artículo primero", "Artigo único": the first or only article, numbered in words.
const SECTION_KEYWORD = new RegExp(`^(sections?|sec\\.|s\\.|§{1,2}|articles?|art\\.|artt?\\.?|articulo|artigo)[ \\t]*(${SEC_NUM}|premier|1er|unique|primero|unico|primeiro)(?=[ \\t.:\\-)]|$)`);
const BARE_SECTION = new RegExp(`^(${SEC_NUM})(?:\\.(?!\\d)|(?=[ \\t]))[ \\t]*(?=[a-z("\\[]|$)`);

const LOWER = 'abcdefghijklmnopqrstuvwxyz', DIGITS = '0123456789';
const MARKERS: [RegExp, ListType, string][] = [
  [/^\((\d+[a-z]?)\)/, 'paren-digit', '('],
  [/^\(([a-z]{1,2})\)/, 'paren-lower', '('],
  [/^\(([ivxlc]+)\)/, 'paren-roman', '('],
  [/^([a-z])\)(?=[ \t])/, 'lower-paren', LOWER],
  [/^(\d+)\.?\)(?=[ \t])/, 'digit-paren', DIGITS],
  [/^(\d+)[ \t]*(?:°|º|\.º|\.°)/, 'degree', DIGITS],
  [/^([ivxlc]+)[ \t]*(?:\.-|\.|-|–|—)(?=[ \t])/, 'upper-roman', 'ivxlc'],
  [/^§[ \t]*(\d+)(?:er|re)?[ºo°]?/, 'section-sign', '§'],
  [/^(paragrafo unico|paragraphe unique|parrafo unico)\b/, 'section-sign', 'p'],
  [/^(first|secondly|thirdly|fourthly|fifthly|sixthly|seventhly|eighthly|ninthly|tenthly)[-—–\s]/, 'ordinal-word', 'fstne'],
];

/**
 * Every way a line can open a division, section or marker begins with one of these (the first words of the
 * patterns above, shortened to common prefixes): one test rules out most lines of body text, which would
 * otherwise try each pattern in turn. test/unit/equivalence.test.ts checks classify against classifyAll.
 */
const MAY_OPEN = /^(?:\(|§|\d|[a-z]\)|[lrd]\d|[ivxlc]+[ \t]*[.\-–—]|book|livre|libro|livro|par|title|titre|titulo|chapter|chapitre|capitulo|division|subpart|seccion|secao|sous-section|subseccion|subsecao|schedule|annex|anexo|section|sec\.|s\.|art|first|secondly|thirdly|fourthly|fifthly|sixthly|seventhly|eighthly|ninthly|tenthly)/;
export const TEXT: LineClass = Object.freeze({ type: 'text' }) as LineClass;

/**
 * classify looks at one line of the folded view (`line` starts at its first non-blank character) and the
 * same line of the original text (to tell "I." from "i." and "(A)" from "(a)").
 */
export function classify(line: string, original: string, lang: string): LineClass {
  return MAY_OPEN.test(line) ? classifyAll(line, original, lang) : TEXT;
}

/** MAY_OPEN at a given offset of a whole text (sticky): what MAY_OPEN says of the line starting there. */
const MAY_OPEN_AT = new RegExp(MAY_OPEN.source.slice(1), 'y');

/**
 * mayOpenAt: whether the line of `folded` that starts (after its indent) at `at` may open a provision — true
 * whenever MAY_OPEN accepts that line or any prefix of it (the pattern has no lookahead or end anchor, so a
 * match on the line is a match in the text), without cutting the line out first.
 */
export function mayOpenAt(folded: string, at: number): boolean {
  MAY_OPEN_AT.lastIndex = at;
  return MAY_OPEN_AT.test(folded);
}

/**
 * sepLength: length of /^[ \t]*(?:[.:\-–—]+[ \t]*)?/ matched at s[at…] — blanks, then optionally a run of
 * separator marks and the blanks after it — counted in code (no slice, no match object per line); in
 * s[at, lim) when a line is read in place in a longer text.
 */
export function sepLength(s: string, at: number, lim = s.length): number {
  let i = at;
  while (i < lim && isBlankCode(s.charCodeAt(i))) i++;
  const marks = i;
  while (i < lim && isSepMark(s.charCodeAt(i))) i++;
  if (i === marks) return marks - at;
  while (i < lim && isBlankCode(s.charCodeAt(i))) i++;
  return i - at;
}
const isBlankCode = (c: number) => c === 32 || c === 9;
/** . : - – — */
const isSepMark = (c: number) => c === 46 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014;

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isLowerCode = (c: number) => c >= 97 && c <= 122;

/**
 * parenDigitLength: length of the match of /^\((\d+[a-z]?)\)/ (MARKERS' first row) in s (or in s[at, lim):
 * a line read in place), 0 if none.
 */
export function parenDigitLength(s: string, at = 0, lim = s.length): number {
  if (codeIn(s, at, lim) !== 40 || !isDigitCode(codeIn(s, at + 1, lim))) return 0;
  let i = at + 2;
  while (isDigitCode(codeIn(s, i, lim))) i++;
  if (isLowerCode(codeIn(s, i, lim)) && codeIn(s, i + 1, lim) === 41) return i + 2 - at;
  return codeIn(s, i, lim) === 41 ? i + 1 - at : 0;
}

/** parenLowerLength: length of the match of /^\(([a-z]{1,2})\)/ (MARKERS' second row) in s (or s[at, lim)), 0 if none. */
export function parenLowerLength(s: string, at = 0, lim = s.length): number {
  if (codeIn(s, at, lim) !== 40 || !isLowerCode(codeIn(s, at + 1, lim))) return 0;
  if (codeIn(s, at + 2, lim) === 41) return 3;
  return isLowerCode(codeIn(s, at + 2, lim)) && codeIn(s, at + 3, lim) === 41 ? 4 : 0;
}

/** codeIn: the code unit at i of s, -1 at or past lim (what charCodeAt's NaN past the end of a cut-out line did). */
function codeIn(s: string, i: number, lim: number): number { return i < lim ? s.charCodeAt(i) : -1; }

/**
 * parenMarker: the line line[at, lim) classified by MARKERS' first two rows, "(1)" and "(a)", read in code;
 * undefined when neither matches. `original` holds the same line at `oAt`, up to `oLim` (to tell "(A)" from
 * "(a)"). classifyAll reads these rows with it, and the structure parser reads lines that open with "(" in
 * place with it, without cutting them out.
 */
export function parenMarker(line: string, at: number, lim: number, original: string, oAt: number, oLim: number): MarkerLine | undefined {
  let len = parenDigitLength(line, at, lim), list: ListType = 'paren-digit';
  if (!len) { len = parenLowerLength(line, at, lim); list = 'paren-lower'; }
  if (!len) return undefined;
  const num = line.slice(at + 1, at + len - 1);
  const res: MarkerLine = { type: 'marker', list, num, restOffset: len + sepLength(line, at + len, lim) };
  if (list === 'paren-lower' && isRomanWord(num)) res.alt = { list: 'paren-roman', num };
  // /^\([A-Z]/ on the original line.
  if (list === 'paren-lower' && oAt + 1 < oLim && original.charCodeAt(oAt) === 40 && isUpperCode(original.charCodeAt(oAt + 1))) res.list = 'paren-upper';
  return res;
}
const isUpperCode = (c: number) => c >= 65 && c <= 90;
/** /^[ivxlc]+$/ for a number of one or two letters a-z (what "(a)" holds). */
const isRomanWord = (num: string) => /^[ivxlc]+$/.test(num);

/**
 * classifyAll: classify without the first-word prefilter; `every` also tries the patterns the first
 * character rules out (both exported for the equivalence test).
 */
export function classifyAll(line: string, original: string, lang: string, every = false): LineClass {
  // Indexed loops and a first-character test in place of a closure: this runs for thousands of lines, and
  // destructuring each table row makes iterator objects for the collector.
  const c0 = line.charAt(0), any = every || !c0;
  // The rows a line's first character allows, as bit masks (what each row's `first` string includes).
  const code = line.charCodeAt(0), divRows = any ? -1 : code < 256 ? DIVISION_FIRST[code] : 0, markerRows = any ? -1 : code < 256 ? MARKER_FIRST[code] : 0;
  for (let w = 0; w < DIVISION_WORDS.length; w++) {
    const row = DIVISION_WORDS[w];
    if (!(divRows & (1 << w))) continue;
    const k = row[0].exec(line);
    if (!k) continue;
    const after = line.slice(k[0].length);
    const n = DIV_NUM.exec(after);
    if (!n) continue;
    // "Part of the ..." or "Title 22 U.S.C." in running text is not a division: require the line to look
    // like a heading (short, or number followed by a separator).
    const restRaw = after.slice(n[0].length);
    const sep = /^[ \t]*(?:[.:\-–—]+|--)?[ \t]*/.exec(restRaw)![0];
    if (line.length > 160 || /^(of|shall|is|are|provides|applies|to|in)\b/.test(restRaw.slice(sep.length))) continue;
    return { type: 'division', kind: row[1], rank: row[2], keyword: k[1], num: n[1].trim(), restOffset: k[0].length + n[0].length + sep.length };
  }
  // In French codes "Section 1" groups articles; in Portuguese and Spanish law "§ 1º" is a paragraph of an
  // article; in English law both name the section itself.
  if (lang === 'fr' && (any || c0 === 's')) {
    const m = /^(section|sous-section)[ \t]+(\d+(?:[ \t]+bis)?)\b[ \t]*(?:[.:\-–—]+)?[ \t]*/.exec(line);
    if (m) return { type: 'division', kind: 'division', rank: m[1] === 'section' ? 5 : 6, keyword: m[1], num: m[2], restOffset: m[0].length };
  }
  let m = any || 's§a'.includes(c0) ? SECTION_KEYWORD.exec(line) : null;
  if (m && m[1].startsWith('§') && (lang === 'pt' || lang === 'es')) m = null;
  if (m) {
    const sep = sepLength(line, m[0].length);
    return { type: 'section', keyword: m[1], num: cleanNum(m[2], original.slice(m[0].length - m[2].length, m[0].length)), restOffset: m[0].length + sep, bare: false };
  }
  for (let r = 0; r < MARKERS.length; r++) {
    const row = MARKERS[r];
    if (!(markerRows & (1 << r))) continue;
    // "(1)" and "(a)", most of a law's markers, are read in code (parenDigitLength, parenLowerLength); the
    // other rows by their patterns.
    if (r < 2) {
      // Both rows at once (row 1 is tried where row 0 fails, as the loop would).
      const res = parenMarker(line, 0, line.length, original, 0, original.length);
      if (res) return res;
      r = 1;
      continue;
    }
    const k = row[0].exec(line);
    if (!k) continue;
    const len = k[0].length, num = k[1];
    const list = row[1];
    const res: MarkerLine = { type: 'marker', list, num, restOffset: len + sepLength(line, len) };
    if (list === 'upper-roman' && !/^[IVXLC]/.test(original)) {
      // "i. text" is a lower-case roman item; "c. text" is most likely a lettered paragraph.
      res.list = /^[ivxlc]{2,}$|^i$/.test(num) ? 'paren-roman' : 'lower-paren';
    }
    return res;
  }
  m = any || DIGITS_LRD.includes(c0) ? BARE_SECTION.exec(line) : null;
  if (m && !/^\d{5,}/.test(m[1])) {
    return { type: 'section', keyword: '', num: cleanNum(m[1], original.slice(0, m[1].length)), restOffset: m[0].length, bare: true };
  }
  return TEXT;
}
const DIGITS_LRD = DIGITS + 'lrd';

/** firstMasks: for each code below 256, the rows whose first-character string holds that character. */
function firstMasks(firsts: string[]): Uint32Array {
  const t = new Uint32Array(256);
  firsts.forEach((f, row) => { for (let i = 0; i < f.length; i++) { const c = f.charCodeAt(i); if (c >= 256) throw new Error('first characters below 256 only'); t[c] |= 1 << row; } });
  return t;
}
const DIVISION_FIRST = firstMasks(DIVISION_WORDS.map(r => r[3]));
const MARKER_FIRST = firstMasks(MARKERS.map(r => r[2]));

export function cleanNum(folded: string, original: string): string {
  // Keep the law's own case ("149-A", "L425-1") but drop the ordinal mark ("2º" → "2").
  const s = original.length === folded.length ? original : folded;
  // /[o°º]$/ removes a last character of those three; without a blank left, the blank runs and the trim
  // have nothing to change (most numbers: "279.01", "370A").
  const z = s.charCodeAt(s.length - 1), r = z === 111 || z === 0xb0 || z === 0xba ? s.slice(0, -1) : s;
  for (let i = 0; i < r.length; i++) if (isSpaceCode(r.charCodeAt(i))) return r.replace(/\s+/g, ' ').trim();
  return r;
}

/** Ordinal value of a list number, used to tell a continuing list from a new one. */
export function ordinal(list: ListType, num: string): number {
  const n = lowerCased(num);
  switch (list) {
    case 'paren-lower': case 'lower-paren': case 'paren-upper':
      return n.length === 2 && n[0] === n[1] ? 26 + n.charCodeAt(0) - 96 : n.charCodeAt(0) - 96;
    case 'paren-roman': case 'upper-roman': return roman(n);
    default: return parseInt(n, 10) || 0;
  }
}

/** lowerCased is s.toLowerCase(), s itself (no copy) when it is ASCII without a capital, as markers' numbers are. */
function lowerCased(s: string): string {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 128 || (c >= 65 && c <= 90)) return s.toLowerCase(); }
  return s;
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
export function roman(s: string): number {
  const v = ROMAN_VALUES;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]] ?? 0, b = v[s[i + 1]] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

export const KIND_OF_LIST: Record<ListType, ProvisionKind> = {
  'paren-digit': 'subsection', 'digit-dot': 'subsection', 'section-sign': 'subsection',
  'paren-lower': 'paragraph', 'lower-paren': 'paragraph', 'degree': 'paragraph', 'upper-roman': 'paragraph',
  'digit-paren': 'paragraph', 'paren-roman': 'item', 'paren-upper': 'item', 'ordinal-word': 'item',
};
