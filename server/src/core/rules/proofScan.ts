// What the proofreading rules read from the whole bill: whether it may cite the declaration or the Protocol
// (else the citation search is skipped), and where schedule or annex headings start (sections are numbered
// afresh after one). Each was a regex pass over the whole text; proofScan() makes one pass for both.

import type { Analysis } from '../analysis';

/**
 * mayCite: false when the text cannot hold a citation of the declaration or the Protocol (every citation
 * pattern of declaration/citations.ts needs "72/1", "declara…", "¶", "protocol" or "para" before a number),
 * so a bill that cites neither is not searched for citations at all.
 */
export function mayCite(folded: string): boolean {
  // One regex pass instead of four searches and a regex: a bill that cites neither is read once, not five times.
  return MAY_CITE.test(folded);
}
const MAY_CITE = /protocol|declara|72\/1|¶|para\.?\s?\d/;

/** The headings of schedules and annexes, as a regex over the whole text (the definition scheduleStarts keeps to). */
export const SCHEDULE_LINE = /^[ \t]*(?:[a-z]{1,10}[ \t]+)?(?:schedule|annex|annexe|anexo|appendix)\b/gm;
const SCHEDULE_WORD = /schedule|annex|anexo|appendix/g;
const SCHEDULE_WORDS = ['schedule', 'annex', 'annexe', 'anexo', 'appendix'];
const isBlank = (c: number) => c === 32 || c === 9;
const isLower = (c: number) => c >= 97 && c <= 122;
const isWordCode = (c: number) => isLower(c) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
// What `^` in a multiline regex follows.
const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * scheduleStarts: the indexes of SCHEDULE_LINE's matches. Tried at every line start of a 1 MB bill, the regex
 * costs more than finding its rare keywords and checking the few lines that hold one: a keyword counts when
 * only blanks, or blanks, one word of 1 to 10 letters and blanks, stand between it and its line's start.
 */
export function scheduleStarts(folded: string): number[] {
  const hits: number[] = [];
  SCHEDULE_WORD.lastIndex = 0;
  for (let m = SCHEDULE_WORD.exec(folded); m; m = SCHEDULE_WORD.exec(folded)) hits.push(m.index);
  return startsOf(folded, hits);
}

/** startsOf: the line starts of SCHEDULE_LINE's matches, given positions that include every keyword occurrence. */
function startsOf(folded: string, hits: number[]): number[] {
  const out: number[] = [];
  for (const i of hits) {
    const end = (w: string) => i + w.length;
    if (!SCHEDULE_WORDS.some(w => folded.startsWith(w, i) && !isWordCode(folded.charCodeAt(end(w))))) continue;
    let j = i;
    while (j > 0 && isBlank(folded.charCodeAt(j - 1))) j--;
    if (j > 0 && !isLineBreak(folded.charCodeAt(j - 1))) {
      if (j === i) continue; // glued to what precedes it
      let k = j;
      while (k > 0 && isLower(folded.charCodeAt(k - 1)) && j - k <= 10) k--;
      if (j - k < 1 || j - k > 10) continue;
      while (k > 0 && isBlank(folded.charCodeAt(k - 1))) k--;
      if (k > 0 && !isLineBreak(folded.charCodeAt(k - 1))) continue;
      j = k;
    }
    if (out[out.length - 1] !== j) out.push(j);
  }
  return out;
}

// The citation literals and the schedule keywords; their first characters differ, so each hit is one or the other.
const BOTH = new RegExp(`${MAY_CITE.source}|${SCHEDULE_WORD.source}`, 'g'); // the two above, kept in step

/**
 * proofScan: { cites: mayCite(folded), schedules: scheduleStarts(folded) } in one pass. The search resumes one
 * character after each hit, so a keyword overlapping another is seen too; such an extra hit lies inside a
 * word, and startsOf refuses it (a keyword needs a line start or a blank before it).
 */
export function proofScan(folded: string): { cites: boolean; schedules: number[] } {
  let cites = false;
  const hits: number[] = [];
  BOTH.lastIndex = 0;
  for (let m = BOTH.exec(folded); m; m = BOTH.exec(folded)) {
    const c = m[0].charCodeAt(0);
    if (c === 115 /* s */ || c === 97 /* a */) hits.push(m.index); else cites = true;
    BOTH.lastIndex = m.index + 1;
  }
  return { cites, schedules: startsOf(folded, hits) };
}

const scans = new WeakMap<Analysis, { cites: boolean; schedules: number[] }>();
/** scanOf: proofScan of the analysis's folded text, made once for the rules that ask. */
export function scanOf(a: Analysis): { cites: boolean; schedules: number[] } {
  let s = scans.get(a);
  if (!s) scans.set(a, s = proofScan(a.folded));
  return s;
}
