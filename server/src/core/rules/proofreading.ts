// Proofreading checks that legal proofreaders run on any bill, whatever its subject: cross-references that
// point nowhere, section numbers used twice, terms defined but never used, and institutional names used as
// if defined but defined nowhere. They concern the bill's internal coherence, so they cite no paragraph.

import type { Provision, Span } from '../types';
import type { Analysis } from '../analysis';
import { EXTERNAL, codeAfterBlanks, mayBeExternal, normNum, sectionsByNumber } from '../structure/crossrefs';
import { sectionOf } from '../structure';
import { findCitations } from '../declaration/citations';
import { termUsesUnordered } from '../navigation/termUses';
import type { Rule, RuleMeta } from './types';
import { scanOf } from './proofScan';
export { SCHEDULE_LINE, mayCite, scheduleStarts } from './proofScan';

const base = { family: 'proofreading', paragraphs: [], refs: [], tag: 'K' as const };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const ABSOLUTE = /^(sections?|ss?\.|articles?|arts?\.|articulos?|artigos?|§)/;
const absoluteKinds = new Map<string, boolean>();
/** isAbsolute: ABSOLUTE.test(kind), asked once per kind ("section", "article"…) rather than once per reference. */
function isAbsolute(kind: string): boolean {
  let v = absoluteKinds.get(kind);
  if (v === undefined) { v = ABSOLUTE.test(kind); if (absoluteKinds.size < 256) absoluteKinds.set(kind, v); }
  return v;
}

/** resolves: does every step of the reference's path exist under its target (searching the section's subtree for relative references)? */
function resolves(a: Analysis, r: Analysis['crossRefs'][number], sections: Map<string, Provision>): boolean {
  const absolute = isAbsolute(r.kind);
  let node: Provision | undefined = absolute ? sections.get(norm(r.num)) : sectionOf(r.from);
  if (!node) return false;
  for (const part of r.path) {
    // Descendants, not only children: list items may sit under an unnumbered paragraph or a subsection.
    const next = firstDescendant(node, part);
    if (!next) return false;
    node = next;
  }
  return true;
}

/**
 * firstDescendant: the first descendant, in document order, numbered `part` — flatten(node).find(…) without
 * building the list of a section's whole subtree for each reference.
 */
export function firstDescendant(node: Provision, part: string): Provision | undefined {
  for (const c of node.children) {
    if (c.num?.toLowerCase() === part) return c;
    const d = firstDescendant(c, part);
    if (d) return d;
  }
  return undefined;
}

// "section 1157 of Title 8", "section 5 of chapter 12": a provision of another compilation.
export const OTHER_TITLE = /^[ ,]*(?:of|in|du|de|del|da|do)\s+(?:title|chapter|titre|titulo|capitulo)\s+[0-9ivxlc]/;
/**
 * mayBeOther: false when neither EXTERNAL nor OTHER_TITLE can match the 80 characters after `at` (after blanks
 * and commas they need "to", "a", "à", "of", "in", "de", "du"…), so no slice is cut for most references.
 */
export function mayBeOther(folded: string, at: number): boolean {
  const c = codeAfterBlanks(folded, at);
  return c === 105 /* i */ || mayBeExternal(folded, at);
}
// (s ?? '').toLowerCase().replace(/[o°º]$/, '').replace(/\s+/g, ' ').trim(), with a short cut for plain numbers.
const norm = (s?: string) => normNum(s ?? '');

const crossrefBroken: Rule = {
  meta: {
    ...base, code: 'crossref-broken', title: 'Cross-reference to a provision that does not exist', severity: 'warning',
    hover: 'This cross-reference points to a provision the bill does not contain; a broken reference can empty an offence or safeguard of its content.',
    explain: 'Bills are renumbered during drafting, and references are left behind. A definition of "victim" that refers to "an offence under section 9" protects nobody if section 9 does not exist. Example: after inserting a section, check that "section 3(1)" still points to the trafficking offence.',
  },
  run(ctx) {
    const a = ctx.analysis;
    // Only a whole bill (its sections start at 1) is checked: an excerpt of a code ("article 225-4-1") refers
    // to articles it does not reproduce.
    if (!a.provisions.some(p => p.kind === 'section' && /^(?:1|l)[o°º]?$/.test(norm(p.num)))) return;
    const cites = scanOf(a).cites ? findCitations(a.folded) : [];
    // Looked up once, not per reference: a consolidated act has thousands of both.
    const headers = sortedStarts(a.provisions);
    const sections = sectionsByNumber(a.root); // the map the references were resolved with
    for (const r of a.crossRefs) {
      if (cites.some(c => overlaps(c.span, r.span))) continue; // "Protocol, art. 3" is a citation
      if (holds(headers, r.span.start)) continue; // a "Section 1 bis" heading, not a reference
      if (mayBeOther(a.folded, r.span.end)) {
        const after = a.folded.slice(r.span.end, r.span.end + 80);
        if (EXTERNAL.test(after) || OTHER_TITLE.test(after)) continue; // another instrument's section
      }
      if (resolves(a, r, sections)) continue;
      ctx.report({ span: r.span, message: `The reference "${a.text.slice(r.span.start, r.span.end)}" points to no provision of this bill.`, confidence: 'medium' });
    }
  },
};

// Text that introduces inserted or substituted provisions of another law: their numbers are not this bill's.
const AMENDING = /insert|substitut|replac|amend|as follows|remplac|modifi|ainsi redige|sustitu|reemplaz|quedara redactad|passa a vigorar|alterad|aditad/;

/** sortedStarts: the provisions' header starts in ascending order (a set of thousands of offsets cost more to build). */
function sortedStarts(ps: Provision[]): Float64Array {
  const out = new Float64Array(ps.length);
  for (let i = 0; i < ps.length; i++) out[i] = ps[i].headerSpan.start;
  for (let i = 1; i < out.length; i++) if (out[i] < out[i - 1]) return out.sort();
  return out;
}

/** holds: whether the ascending numbers xs include x. */
export function holds(xs: Float64Array, x: number): boolean {
  const i = countBelow(xs, x);
  return i < xs.length && xs[i] === x;
}

/** countBelow: how many of the ascending numbers xs are below x. */
function countBelow(xs: ArrayLike<number>, x: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

const sectionDuplicate: Rule = {
  meta: {
    ...base, code: 'section-number-duplicate', title: 'Section number used twice', severity: 'warning',
    hover: 'Two provisions carry the same number, so references to that number are ambiguous.',
    explain: 'When two sections share a number, a court cannot tell which one a reference means. Example: two sections numbered 4 ("Non-punishment" and "Assistance"); renumber the second as 5 and update the references.',
  },
  run(ctx) {
    const a = ctx.analysis;
    const seen = new Map<string, Provision>();
    // Schedules and annexes number their own paragraphs from 1 again.
    const schedules = scanOf(a).schedules;
    for (const p of a.provisions) {
      if (p.kind !== 'section' || !p.num) continue;
      const k = `${countBelow(schedules, p.start)}:${norm(p.num)}`;
      const first = seen.get(k);
      if (!first) { seen.set(k, p); continue; }
      if (AMENDING.test(a.folded.slice(Math.max(0, p.start - 200), p.start))) continue;
      ctx.report({ span: p.headerSpan, message: `${p.label} repeats the number of ${first.label}${first.heading ? ` (${first.heading})` : ''}.`, related: [{ span: first.headerSpan, message: `${first.label} is numbered here first` }], provision: p.id });
    }
  },
};

const termUnused: Rule = {
  meta: {
    ...base, code: 'term-defined-unused', title: 'Term defined but never used', severity: 'info',
    hover: 'The bill defines this term but never uses it: the definition is dead text, or the provisions use a different word.',
    explain: 'An unused definition often means the operative provisions use another word, so the definition does not apply where it matters. Example: the bill defines "exploitation" but the offence says "for an exploitative purpose".',
  },
  run(ctx) {
    const a = ctx.analysis;
    const used = new Set(termUsesUnordered(a).map(u => u.term));
    for (const t of a.terms) {
      if (t.provision.kind !== 'definition' || used.has(t)) continue;
      ctx.report({ span: t.span, message: `"${t.term}" is defined but not used anywhere else in the bill.`, provision: t.provision.id });
    }
  },
};

// Institutions a bill names with a capital ("the Fund", "the National Committee") usually need a definition
// or an establishing provision. English drafting only: other languages name institutions in full.
const INSTITUTION = /\bthe ((?:[A-Z][a-z]{1,20}[ -]){0,3}(?:Authority|Agency|Board|Commission|Commissioner|Committee|Council|Fund|Registrar|Rapporteur|Tribunal|Unit|Coordinator|Centre|Center|Mechanism))\b/g;

const termUndefined: Rule = {
  meta: {
    ...base, code: 'term-used-undefined', title: 'Institution named but not defined or established', severity: 'info',
    hover: 'The bill refers to an institution by a capitalised short name that it neither defines nor establishes.',
    explain: 'A duty given to "the Fund" or "the Committee" cannot be enforced if the bill never says which body that is. Example: add "\\"Fund\\" means the Victims of Trafficking Fund established by section 12" to the definitions, or a section establishing it.',
  },
  run(ctx) {
    const a = ctx.analysis;
    if (a.language !== 'en') return;
    const keys = new Set(a.terms.map(t => t.key));
    const keyList = [...keys]; // made once, not for every name found
    const reported = new Set<string>();
    // Whether a name is defined in passing, asked once per name: each question is a search of the whole text.
    const inPassing = new Map<string, boolean>();
    INSTITUTION.lastIndex = 0;
    for (let m = INSTITUTION.exec(a.text); m; m = INSTITUTION.exec(a.text)) {
      const name = m[1];
      const k = name.toLowerCase();
      // "the Committee on Foreign Relations", "the Commission for Human Rights": a full name, not a short one.
      if (/^[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?[A-Z]/.test(a.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      if (reported.has(k) || keys.has(k) || keyList.some(t => t.endsWith(` ${k}`) || k.endsWith(` ${t}`))) continue;
      const esc = name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
      // Defined in passing — (the "Fund"), (“Fund”), known as the Fund, establishes the Fund — counts as defined.
      let passing = inPassing.get(name);
      if (passing === undefined) {
        passing = new RegExp(`["“]${esc}["”]|(?:establish(?:ed|es)?|known as|called|hereinafter|referred to as)[^.;\\n]{0,60}\\b${esc}\\b|\\b${esc}\\b[^.;\\n]{0,40}\\bestablished`).test(a.text);
        inPassing.set(name, passing);
      }
      if (passing) continue;
      reported.add(k);
      const start = m.index + 4;
      ctx.report({ span: { start, end: start + name.length }, message: `"the ${name}" is not defined or established in this bill.`, confidence: 'low' });
    }
  },
};

export const proofreadingRules: Rule[] = [crossrefBroken, sectionDuplicate, termUnused, termUndefined];
export type { RuleMeta };
