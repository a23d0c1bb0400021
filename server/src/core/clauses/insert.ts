// Quick fix that inserts the model clause for a missing provision as a NEW section, placed where it belongs
// and numbered in the bill's own style (structure/numbering.ts). The edit is one insertion: nothing else in
// the bill changes. Placement: after the last section of the part the clause belongs to ("victims",
// "procedure"…), recognised by the division headings; failing that after the victims part for victim
// clauses; failing that after the last section before the final provisions (commencement, repeals).

import type { Analysis } from '../analysis';
import type { Fix, Provision } from '../types';
import { nextSection } from '../structure/numbering';
import { clauses, plain, type Clause } from './index';
import { isSpaceCode } from '../text/trim';

const DIVISIONS = new Set(['book', 'part', 'title', 'chapter', 'division']);
/** Where a clause of one part goes when the bill has no such part. */
const FALLBACK: Record<string, string[]> = {
  procedure: ['victims'], victims: ['procedure'], definitions: [], offences: [], prevention: ['institutions'],
  cooperation: ['procedure'], institutions: ['prevention'],
};

export interface Insertion { offset: number; text: string; num: string; after?: Provision }

/** placeClause computes where and what to insert for a clause; exported for the aids lane and tests. */
export function placeClause(a: Analysis, clause: Clause): Insertion {
  const m = memoOf(a);
  const eol = m.eol;
  const sections = m.sections;
  const body = plainBody(clause);
  if (!sections.length) {
    // No sections to follow: append at the end, as plain text.
    const end = trimmedEnd(a.text);
    const text = `${end ? eol + eol : ''}${clause.heading}${eol}${body.join(eol)}`;
    return { offset: end, text: end < a.text.length ? text : text + eol, num: '' };
  }
  const after = targetSection(a, clause, sections);
  const { num, header } = nextSection(a.text, a.root, after, clause.heading, a.language);
  const offset = lineEndAt(a.text, after.end);
  return { offset, text: `${eol}${eol}${header}${eol}${body.join(eol)}`, num, after };
}

/** The model clauses are static data: each one's plain text is made once, not at every analysis that lacks it. */
const bodies = new WeakMap<Clause, string[]>();
function plainBody(clause: Clause): string[] {
  let b = bodies.get(clause);
  if (!b) bodies.set(clause, b = plain(clause.body));
  return b;
}

/** clauseInsertionFix: the quick fix for a missing provision, if a model clause in the bill's language resolves it. */
export function clauseInsertionFix(a: Analysis, code: string): Fix | undefined {
  const clause = clauses(a.language).find(c => c.codes.includes(code));
  if (!clause) return undefined;
  const ins = placeClause(a, clause);
  const where = ins.after ? ` after ${a.describe(ins.after)}` : '';
  return { title: `Insert model clause “${clause.title}”${ins.num ? ` as section ${ins.num}` : ''}${where}`, edits: [{ start: ins.offset, end: ins.offset, newText: ins.text }], isPreferred: true };
}

/**
 * What every clause placement of one analysis shares: a bill lacking ten provisions asks ten times for its
 * sections, its line ending, the last division of each part and whether a section is a final provision.
 */
interface PlacementMemo { eol: string; sections: Provision[]; headed: Provision[]; divisions: Map<string, Provision | undefined>; final: Map<Provision, boolean> }
const memos = new WeakMap<Analysis, PlacementMemo>();
function memoOf(a: Analysis): PlacementMemo {
  let m = memos.get(a);
  if (!m) {
    const all = a.provisions; // flatten(a.root), made once by the analysis
    // Divisions with a heading, the only candidates of findLastDivision: each part asked about would
    // otherwise walk every provision of a long bill again.
    // One pass for both lists (a long bill has thousands of provisions).
    const sections: Provision[] = [], headed: Provision[] = [];
    for (const p of all) {
      if (p.kind === 'section') sections.push(p);
      else if (p.heading && DIVISIONS.has(p.kind)) headed.push(p);
    }
    m = { eol: a.lines.hasCR && a.text.includes('\r\n') ? '\r\n' : '\n', sections, headed, divisions: new Map(), final: new Map() };
    memos.set(a, m);
  }
  return m;
}

function targetSection(a: Analysis, clause: Clause, sections: Provision[]): Provision {
  // Searched from the end: the last matching section is wanted, and a long bill has thousands.
  const last = (ok: (s: Provision) => boolean) => { for (let i = sections.length - 1; i >= 0; i--) if (ok(sections[i])) return sections[i]; return undefined; };
  for (const part of [clause.part, ...(FALLBACK[clause.part] ?? [])]) {
    const div = lastDivision(a, `part.${part}`);
    const inside = div && last(s => s.start >= div.start && s.end <= div.end && !isFinal(a, s));
    if (inside) return inside;
  }
  // No matching part: before the final provisions, else the last section.
  return last(s => !isFinal(a, s)) ?? sections[sections.length - 1];
}

function lastDivision(a: Analysis, cue: string): Provision | undefined {
  const m = memoOf(a);
  if (m.divisions.has(cue)) return m.divisions.get(cue);
  const p = findLastDivision(a, cue);
  m.divisions.set(cue, p);
  return p;
}

function findLastDivision(a: Analysis, cue: string): Provision | undefined {
  const headed = memoOf(a).headed;
  for (let i = headed.length - 1; i >= 0; i--) {
    const p = headed[i];
    if (a.lexFor(p).test(cue, a.folded, p.headerSpan.start, p.headerSpan.end)) return p;
  }
  return undefined;
}

function isFinal(a: Analysis, s: Provision): boolean {
  const m = memoOf(a);
  let f = m.final.get(s);
  if (f === undefined) { f = judgeFinal(a, s); m.final.set(s, f); }
  return f;
}

function judgeFinal(a: Analysis, s: Provision): boolean {
  const lex = a.lexFor(s);
  if (s.heading && lex.test('part.final', a.folded, s.headerSpan.start, s.headerSpan.end)) return true;
  for (let p = s.parent; p; p = p.parent) {
    if (DIVISIONS.has(p.kind) && lex.test('part.final', a.folded, p.headerSpan.start, p.headerSpan.end)) return true;
  }
  return false;
}

/** The end of the line holding offset-1 (a provision's end excludes trailing blanks; never split a line). */
function lineEndAt(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function trimmedEnd(text: string): number {
  let i = text.length;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
