// Completion candidates, computed from the analysis (pure; the LSP layer maps them to CompletionItems):
//  - declaration citations after "para" / "¶" / "A/RES/72/1, para", ranked by the fuzzy search;
//  - model clauses at the start of a line: what the bill still lacks first, definitions first inside a
//    definitions provision, each headed and numbered in the bill's own style (structure/numbering.ts).
import type { Analysis } from '../analysis';
import { clauses, type Clause } from '../clauses';
import { searchDeclaration } from '../declaration/search';
import { PROTOCOL_ARTICLES } from '../declaration/protocol';
import { deepestAt, flatten, sectionOf } from '../structure';
import { nextSection } from '../structure/numbering';
import type { Provision, Span } from '../types';
import { fold } from '../text/fold';

export interface CitationCandidate { kind: 'citation'; id: string; label: string; subject: string; text: string; replace: Span; rank: number; typed: string }
export interface ClauseCandidate { kind: 'clause'; clause: Clause; snippet: string; header?: string; missing: string[]; rank: number; replace: Span; typed: string }
export type Candidate = CitationCandidate | ClauseCandidate;

// "para", "para. vict", "¶ 8", "A/RES/72/1, para 1": the citation being typed, up to the cursor.
const CITE = /(?:a\/res\/72\/1[ ,]{0,3})?(?:para(?:graph)?\.?|¶)[ ]?([a-z0-9 ()'-]{0,40})$/;
// "Protocol, art", "protocole, article 6": a Protocol article being typed.
const PROT = /(?:protocol|protocole|protocolo)[ ,]{0,3}art(?:icle|iculo|igo)?\.?[ ]?([0-9a-z()]{0,8})$/;
const DEFINITIONS_HEADING = /interpretation|definition|definicion|definicoes|glossary|terms/;

/** escapeSnippet: literal text inside a snippet (a header line copied from the bill). */
const escapeSnippet = (s: string) => s.replace(/[\\$}]/g, m => `\\${m}`);

export function completionsAt(a: Analysis, offset: number): Candidate[] {
  const lineStart = a.text.lastIndexOf('\n', offset - 1) + 1;
  const before = a.folded.slice(Math.max(lineStart, offset - 80), offset);
  const prot = PROT.exec(before);
  if (prot) return protocolCitations(offset - prot[0].length, offset, prot[1], a.text.slice(offset - prot[0].length, offset));
  const cite = CITE.exec(before);
  if (cite) return citations(offset - cite[0].length, offset, cite[1].trim(), a.text.slice(offset - cite[0].length, offset));
  const word = /^[ \t]*([\p{L}\d-]{0,40})$/u.exec(a.folded.slice(lineStart, offset));
  if (!word) return [];
  return clauseCandidates(a, offset, { start: offset - word[1].length, end: offset }, a.text.slice(offset - word[1].length, offset));
}

function citations(start: number, end: number, query: string, typed: string): CitationCandidate[] {
  return searchDeclaration(query, 30).map((h, rank) => ({
    kind: 'citation', id: h.id, label: h.citation, subject: h.subject, text: h.text, replace: { start, end }, rank, typed,
  }));
}

/** protocolCitations: the Protocol articles whose number starts with what was typed, in article order. */
function protocolCitations(start: number, end: number, typed: string, raw: string): CitationCandidate[] {
  return PROTOCOL_ARTICLES.filter(x => x.id.startsWith(typed)).map((x, rank) => ({
    kind: 'citation', id: x.id, label: `Protocol, art. ${x.id}`, subject: x.subject, text: x.summary, replace: { start, end }, rank, typed: raw,
  }));
}

/** inDefinitions: the cursor sits in a provision that holds definitions (by its entries or its heading). */
function inDefinitions(a: Analysis, offset: number): boolean {
  const sec = sectionOf(deepestAt(a.root, offset));
  if (!sec) return false;
  return sec.children.some(c => c.kind === 'definition') || a.terms.some(t => sectionOf(t.provision) === sec)
    || DEFINITIONS_HEADING.test(a.folded.slice(sec.headerSpan.start, sec.headerSpan.end));
}

function clauseCandidates(a: Analysis, offset: number, replace: Span, typed: string): ClauseCandidate[] {
  const lang = deepestAt(a.root, offset).lang ?? a.language;
  const found = new Set(a.findings.map(f => f.code));
  const defs = inDefinitions(a, offset);
  // The new section follows the section the cursor is in, or the last one before it.
  const sections = flatten(a.root).filter(p => p.kind === 'section');
  const after: Provision | undefined = sectionOf(deepestAt(a.root, offset)) ?? [...sections].reverse().find(s => s.start < offset);
  const out: ClauseCandidate[] = [];
  for (const clause of clauses(lang)) {
    const missing = clause.codes.filter(c => found.has(c));
    const isDef = clause.part === 'definitions';
    let header: string | undefined;
    if (!isDef) header = after ? nextSection(a.text, a.root, after, clause.heading, lang).header : clause.heading;
    const snippet = header ? `${escapeSnippet(header)}\n${clause.body.join('\n')}` : clause.body.join('\n');
    // Rank: definitions first inside a definitions provision; then what the bill lacks; then the rest.
    // A definition of a term the bill already defines goes after the others.
    const already = isDef && a.terms.some(t => t.key === fold(clause.heading));
    const tier = defs ? (isDef ? (already ? 1 : 0) : missing.length ? 1 : 2) : (isDef ? 3 : missing.length ? 0 : 2);
    out.push({ kind: 'clause', clause, snippet, ...(header ? { header } : {}), missing, rank: tier * 1000 + out.length, replace, typed });
  }
  return out.sort((x, y) => x.rank - y.rank);
}
