import type { Provision, Span } from '../types';
import { listedLiterals } from '../lexicon/indexed';
import { deepestAt, flatten, sectionOf } from './index';

export interface CrossRef {
  span: Span;
  /** "section", "article", "subsection"… as written (folded). */
  kind: string;
  num?: string;
  /** Sub-provision path: "section 3(1)(a)" → ["1", "a"]. */
  path: string[];
  target?: Provision;
  /** The provision the reference is written in. */
  from: Provision;
}

const NUM = String.raw`[lrd]?\d+(?:[.\-]\d+)*(?:-?[a-z](?![a-z]))?(?:\s+(?:bis|ter|quater|quinquies))?[o°º]?`;
// Both alternatives must start where no letter precedes. Written as a leading lookbehind, that makes the
// engine try the alternation at every position of the bill; here it is checked in code on each candidate
// (letterBefore), which refuses exactly the positions the lookbehind refused (as text/wordStart.ts does for
// the lexicons; test/unit/equivalence.test.ts compares the two).
export const REF_SOURCE = String.raw`(sections?|ss?\.|articles?|arts?\.|articulos?|artigos?|§{1,2})[ \t]*(${NUM})((?:[ \t]?\([0-9a-z]{1,6}\))*)|(subsections?|paragraphs?|paragraphes?|apartados?|incisos?|fracci(?:on|ones))[ \t]*((?:\([0-9a-z]{1,6}\))+)`;
const REF = new RegExp(REF_SOURCE, 'gu');
const REF_AT = new RegExp(REF_SOURCE, 'uy');
/**
 * Every match of REF starts with one of these literals (its alternatives' fixed openings: "ss." for "ss?\.",
 * "subsection" — not "section" inside it — and so on), so where they occur in a bill is where it can match.
 */
export const REF_OPENINGS = ['section', 's.', 'ss.', 'article', 'art.', 'arts.', 'articulo', 'artigo', '§', 'subsection', 'paragraph', 'apartado', 'inciso', 'fraccion'] as const;
listedLiterals(REF_OPENINGS);
const LETTER = /\p{L}/u;

/** letterBefore: whether the code point ending at i is a letter (what (?<![\p{L}]) refuses). */
export function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(text.slice(i - 2, i));
  }
  return LETTER.test(text[i - 1]);
}

/** refMatches: the matches of the reference pattern, as if it began with (?<![\p{L}]). */
export function* refMatches(folded: string, re: RegExp = REF): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (letterBefore(folded, m.index)) { re.lastIndex = m.index + 1; continue; }
    yield m;
  }
}

// What follows a reference to another instrument: "of the X Act", "de la Constitución", "du code du travail".
export const EXTERNAL = /^[ ,]*(?:(?:to|a|à)\s+[0-9a-z.]{1,12}\s+)?(?:of|de|du|del|da|do|des|dos|das)\s+(?!(?:this|the present|cette|ce|la presente|le present|la presente|esta|este|esta|presente|la misma|dicha|da presente|desta|deste)\b)(?:the |la |le |l'|el |los |las |a |o )?(?:[a-z]+ ){0,6}(?:act|code|codigo|code|ley|loi|lei|constitution|constitucion|constituicao|convention|convencion|decree|decreto|decret|regulations?|reglamento|ordinance|ordonnance)\b/;
const norm = (s: string) => s.toLowerCase().replace(/[o°º]$/, '').replace(/\s+/g, ' ').trim();

/**
 * normNum is norm(s), with a short cut for the usual section number ("12", "3.1", "2-a"): made only of digits,
 * lowercase letters, "." and "-", and not ending in "o", it is its own normal form.
 */
export function normNum(s: string): string {
  const n = s.length;
  if (!n || s.charCodeAt(n - 1) === 111) return norm(s);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 46 || c === 45)) return norm(s);
  }
  return s;
}

/**
 * mayBeExternal: false when EXTERNAL cannot match the 80 characters after `at` — after blanks and commas it
 * needs "to", "a", "à", "of", "de", "du", "del", "da", "do", "des", "dos" or "das" — so no slice is cut.
 */
export function mayBeExternal(folded: string, at: number): boolean {
  const c = codeAfterBlanks(folded, at);
  return c === 116 || c === 97 || c === 224 || c === 111 || c === 100; // t a à o d
}

/** codeAfterBlanks: the first character code after blanks and commas within the 80 after `at`, or -1. */
export function codeAfterBlanks(folded: string, at: number): number {
  const end = Math.min(folded.length, at + 80);
  let i = at;
  while (i < end && (folded.charCodeAt(i) === 32 || folded.charCodeAt(i) === 44)) i++;
  return i < end ? folded.charCodeAt(i) : -1;
}

/**
 * parenParts: the contents of the parentheses of a reference's marks ("(1)(a)", " (2) (b)"), in order — what
 * marks.match(/\(([0-9a-z]{1,6})\)/g) with each match's parentheses cut off gives for marks the reference
 * pattern matched, read with indexOf instead of a regex and a second array.
 */
export function parenParts(marks: string): string[] {
  const out: string[] = [];
  for (let i = marks.indexOf('('); i >= 0; i = marks.indexOf('(', i + 1)) out.push(marks.slice(i + 1, marks.indexOf(')', i)));
  return out;
}

/**
 * sectionsByNumber: the first section of each (normalised) number, what a reference "section 3" points to —
 * made once per provision tree (the crossref-broken rule resolves references with it too).
 */
export function sectionsByNumber(root: Provision): Map<string, Provision> {
  let sections = byNumber.get(root);
  if (!sections) {
    sections = new Map();
    for (const p of flatten(root)) {
      if (p.kind !== 'section' || !p.num) continue;
      const k = normNum(p.num);
      if (!sections.has(k)) sections.set(k, p);
    }
    byNumber.set(root, sections);
  }
  return sections;
}
const byNumber = new WeakMap<Provision, Map<string, Provision>>();

/**
 * findCrossRefs finds references to other provisions ("section 3(1)", "article 10", "subsection (2)") and
 * resolves them. `openings`, when given, lists (ascending) every offset where one of REF_OPENINGS starts:
 * the pattern is then tried there alone instead of at every position of the bill (the same matches).
 */
export function findCrossRefs(root: Provision, folded: string, openings?: Int32Array): CrossRef[] {
  const sections = sectionsByNumber(root);
  const out: CrossRef[] = [];
  // The loop of refMatches(), written out: a generator allocated a result object per reference. With the
  // openings, each is tried in turn from where the last reference ended, as the scan would meet them.
  REF.lastIndex = 0;
  let o = 0, resume = 0;
  const next = (): RegExpExecArray | null => {
    if (!openings) return REF.exec(folded);
    for (; o < openings.length; o++) {
      const at = openings[o];
      if (at < resume) continue;
      REF_AT.lastIndex = at;
      const m = REF_AT.exec(folded);
      if (m) { o++; return m; }
    }
    return null;
  };
  for (let m = next(); m; m = next()) {
    if (letterBefore(folded, m.index)) { REF.lastIndex = m.index + 1; continue; }
    resume = m.index + m[0].length;
    const from = deepestAt(root, m.index);
    const marks = m[3] ?? m[5];
    const parts = marks ? parenParts(marks) : [];
    let target: Provision | undefined;
    if (m[1]) {
      // "section 1(1)(a) of the Protection of Children Act 1978", "article 1o. de la Constitución": another
      // instrument, not this bill's section of that number.
      const after = m.index + m[0].length;
      if (mayBeExternal(folded, after) && EXTERNAL.test(folded.slice(after, after + 80))) { out.push({ span: { start: m.index, end: m.index + m[0].length }, kind: m[1], num: m[2], path: parts, target: undefined, from }); continue; }
      target = sections.get(normNum(m[2]));
      // A reference from a section's own heading line to itself ("Section 3.") is its number, not a reference.
      if (target && m.index >= target.headerSpan.start && m.index < target.headerSpan.end) continue;
    } else {
      target = sectionOf(from);
    }
    for (const part of parts) {
      const child: Provision | undefined = target?.children.find(c => c.num?.toLowerCase() === part);
      if (!child) break;
      target = child;
    }
    out.push({ span: { start: m.index, end: m.index + m[0].length }, kind: m[1] ?? m[4], num: m[2], path: parts, target, from });
  }
  return out;
}
