import { isSpace, isSpaceCode, trimEndWhile } from '../text/trim';

// Telling a provision's heading ("Interpretation", "Principios.", "Consent") from the start of its text.

const SENTENCE_CUES = /\b(shall|means|includes|is|are|was|were|may|must|commits?|who|which|that|whoever|se|será|sera|est|sont|é|são|serán|podrá|deberá|doit|deve)\b/i;

/** looksLikeHeading: short, starts with a capital or a bracket, reads as a title rather than a sentence. */
// Amendment notes printed between provisions ("Fracción reformada DOF 19-01-2018", "(Incluído pela Lei…)",
// "[Amended by Act 5 of 2012]") are editorial, never headings.
const AMENDMENT_NOTE = /\b(reformad[oa]|adicionad[oa]|derogad[oa]|DOF|inclu[ií]d[oa]|redação|revogad[oa]|amended by|inserted by|substituted by|repealed by|abrogé|modifié par)\b/i;

/** wordCount is s.split(/\s+/).length — one more than the runs of white space — counted without the array. */
export function wordCount(s: string): number {
  let n = 1;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) { n++; while (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))) i++; }
  }
  return n;
}

/** A heading's first character: a capital, an opening bracket or quote (/^[\p{Lu}[“"«]/u; hoisted). */
const HEADING_FIRST = /^[\p{Lu}[“"«]/u;

/** Some upper-case letter (hoisted: a \p{…} literal is compiled into a new RegExp on every call by the bundler). */
const HAS_UPPER = /\p{Lu}/u;
const ASCII_LOWER = /[a-z]/;

export function looksLikeHeading(s: string): boolean {
  const t = s.trim();
  // The cheap tests first (each only ever answers false, so their order does not change the answer): the
  // first and last characters read by code (an ASCII first character is a capital A-Z or one of [ " to
  // pass; a last one of ; , : — – - refuses), the words counted, and only then the amendment-note pattern.
  if (t.length < 2 || t.length > 100) return false;
  const c0 = t.charCodeAt(0);
  if (c0 < 128 ? !((c0 >= 65 && c0 <= 90) || c0 === 91 || c0 === 34) : !HEADING_FIRST.test(t)) return false;
  const cz = t.charCodeAt(t.length - 1);
  if (cz === 59 || cz === 44 || cz === 58 || cz === 0x2014 || cz === 0x2013 || cz === 45) return false;
  const words = wordCount(t);
  if (words > 14) return false;
  if (AMENDMENT_NOTE.test(t)) return false;
  // ALL-CAPS headings. A text with a letter a-z is never its own upper case (that letter would change, and no
  // upper-casing shortens a text), so it is not upper-cased — a copy of every candidate line — to find out.
  if (!ASCII_LOWER.test(t) && t === t.toUpperCase() && HAS_UPPER.test(t)) return true;
  // (The last character read by code: /\.$/ and /[.!?]$/ look at it alone.)
  if (cz === 46 && words > 10) return false;
  if (words <= 8 && cz !== 46 && cz !== 33 && cz !== 63) return true;
  // A title may contain "of", "in", "and" but rarely a finite verb.
  return !SENTENCE_CUES.test(cz === 46 ? t.slice(0, -1) : t) || words <= 3;
}

/** A heading ("Principios.", "Definitions —", "Objet :") and the capital, quote or digit its body opens with. */
const HEADING_THEN_BODY = /^([\p{Lu}][^.:;!?\n]{1,80}?)(?:\.|\s+[-–—]+|:)\s+(?=[\p{Lu}"“(¿]|\d)/u;

/** hasHeadingEnd: s holds one of . : - – —, one of which must end a heading that HEADING_THEN_BODY finds. */
function hasHeadingEnd(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}

/**
 * splitHeading separates the heading from the body on a section's own line: "Short title" (all heading),
 * "Principios. La interpretación…" (heading, then body), "Esta Ley tiene por objeto:" (all body).
 * `standsAlone` says whether the next line starts a new provision (so a lone heading is plausible).
 */
export function splitHeading(rest: string, standsAlone: boolean): { heading?: string; bodyOffset: number } {
  const t = rest.trimEnd();
  if (!t) return { bodyOffset: 0 };
  if (t.charCodeAt(0) === 91 && /^\[[^\]]{1,80}\]$/.test(t)) return { heading: t, bodyOffset: t.length }; // "[heading not retrieved]"
  // HEADING_THEN_BODY needs a capital first (in ASCII only A-Z) and one of . : - – — after it: a line
  // without them ("Short title") is not tried.
  const c0 = t.charCodeAt(0);
  const m = (c0 >= 128 || (c0 >= 65 && c0 <= 90)) && hasHeadingEnd(t) ? HEADING_THEN_BODY.exec(t) : null;
  if (m && wordCount(m[1]) <= 10 && !SENTENCE_CUES.test(m[1])) return { heading: m[1].trim(), bodyOffset: m[0].length };
  // A heading may end with a full stop only when short ("Trafficking of Person."); longer, it is a sentence.
  if (looksLikeHeading(t) && (!/\.$/.test(t) || wordCount(t) <= 4) && (standsAlone || !/\.$/.test(t) || wordCount(t) <= 4)) {
    return { heading: trimEndWhile(t, c => c === '.' || isSpace(c)), bodyOffset: t.length };
  }
  return { bodyOffset: 0 };
}
