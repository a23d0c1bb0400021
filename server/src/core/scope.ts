// Finding where a bill defines trafficking: the offence and definition provisions ("core"), and the
// provisions they rely on ("extended": the definition of exploitation, of coercion, a section that applies
// "for the purposes of section 2"). Elements count only inside this scope: a word elsewhere in the law does
// not make the element present.

import type { Provision, Span } from './types';
import type { CompiledLexicon } from './lexicon';
import { flatten, ownEnd, sectionOf } from './structure';
import type { DefinedTerm } from './structure/terms';
import type { CrossRef } from './structure/crossrefs';
import { windowHolders } from './scopeLiterals';
import { escapeRegExp } from './text/escape';
import { searchedAcrossBills } from './lexicon/indexed';

// Definitions of exploitation are looked for across whole bills (extend, step 3b).
searchedAcrossBills(['exploitation-definition']);

export type ScopeRole = 'offence' | 'definition' | 'exploitation' | 'term';

export interface ScopeUnit {
  provision: Provision;
  /** The text spans that belong to the unit (a provision's own text and its list items). */
  spans: Span[];
  role: ScopeRole;
  /** For extended units: why they are in scope ("definition of “exploitation”", "for the purposes of section 2"). */
  via?: string;
}

export interface Scope {
  core: ScopeUnit[];
  extended: ScopeUnit[];
}

interface ScopeInput {
  root: Provision;
  folded: string;
  terms: DefinedTerm[];
  crossRefs: CrossRef[];
  lexFor: (p: Provision) => CompiledLexicon;
}

// Words that introduce a reference whose target completes the offence ("as defined in", "an offence under",
// "au sens de", "visée à", "en los términos del", "de conformidad con", "nos termos do", "previsto no").
const REF_BEFORE = /(defin|meaning|\bsens\b|termino|refiere|previst|prevue?s?\b|visee?s?\b|mentionnee?s?\b|nos termos|de que trata|conformidad|conforme|offen[cs]es? (?:under|against)|construed in accordance)[^.;]{0,30}$/;
const LIST_KINDS = new Set(['paragraph', 'item', 'definition']);

/** unitSpans: a provision's own text plus its list items (but not its numbered subsections, which stand alone). */
function unitSpans(p: Provision): Span[] {
  const spans: Span[] = [{ start: p.headerSpan.start, end: ownEnd(p) }];
  const walk = (q: Provision) => {
    for (const c of q.children) {
      if (LIST_KINDS.has(c.kind) || q !== p) { spans.push({ start: c.start, end: ownEnd(c) }); walk(c); }
    }
  };
  walk(p);
  return spans;
}

export function findScope({ root, folded, terms, crossRefs, lexFor }: ScopeInput): Scope {
  const all = flatten(root);
  const core: ScopeUnit[] = [];
  const inCore = new Set<Provision>();
  // The first term each provision defines, looked up once (a per-provision search is quadratic on long lists).
  const termOf = new Map<Provision, DefinedTerm>();
  for (let i = 0; i < terms.length; i++) if (!termOf.has(terms[i].provision)) termOf.set(terms[i].provision, terms[i]);
  // Indexed loops, offsets in locals and a set of acts only once one is found: this visits every provision,
  // and an iterator result, a span object and an empty set for each were most of the collector's work here.
  const lexes: CompiledLexicon[] = []; // every lexicon a provision reads with, for extend()
  for (let i = 0; i < all.length; i++) {
    const p = all[i];
    if (p.kind === 'document') continue;
    const lex = lexFor(p);
    if (lex !== lexes[lexes.length - 1] && !lexes.includes(lex)) lexes.push(lex);
    const own = p.headerSpan.start, ownTo = ownEnd(p);
    if (ownTo <= own) continue;
    // An entry of a definitions list that defines another term ("Publicidad engañosa: … con objeto de captar
    // personas con el fin de explotación") uses the acts; it does not define trafficking.
    const defined = termOf.get(p);
    if (defined && !lex.test('offence-name', defined.key) && !lex.test('offence-word', defined.key)) continue;
    // Most provisions name no act: on a long bill that is known from where the acts' literals occur.
    if (!lex.mayFind('act.', folded, own, ownTo)) continue;
    let acts: Set<string> | undefined;
    const found = lex.scanRelative(folded, own, ownTo); // only the keys are read
    for (let k = 0; k < found.length; k++) if (found[k].key.startsWith('act.')) (acts ??= new Set()).add(found[k].key);
    if (!acts) continue;
    const sec = sectionOf(p) ?? p;
    const heading = folded.slice(sec.headerSpan.start, sec.headerSpan.end);
    const ownText = folded.slice(own, ownTo);
    const named = lex.test('offence-name', ownText) || lex.test('offence-name', heading) || (p.kind === 'definition' && lex.test('offence-name', folded.slice(p.start, Math.min(p.end, p.start + 80))));
    // Every branch of the test below needs the name or three acts, and the name or a purpose: a provision
    // that can pass none is left before the unit's text is joined and searched (the same answer, fewer tests).
    if (!named && acts.size < 3) continue;
    const spans = unitSpans(p); // only for provisions that may qualify: it walks the whole subtree
    const unitText = spans.map(s => folded.slice(s.start, s.end)).join('\n');
    // The purpose: a purpose phrase, or a form of exploitation named in the unit ("for the purpose of prostitution").
    const purpose = lex.test('purpose-marker', unitText) || spans.some(s => lex.mayFind('purpose.', folded, s.start, s.end) && lex.scanRelative(folded, s.start, s.end).some(m => m.key.startsWith('purpose.')));
    if (!named && !purpose) continue;
    // A named offence section may state the offence in one subsection and list the acts in another (UK s. 2).
    const offence = lex.test('offence-cue', unitText) || (named && sec !== p && lex.test('offence-cue', folded, sec.start, sec.end));
    // Two acts under the offence's name, or three acts with an exploitative purpose in an offence provision.
    const defines = p.kind === 'definition' || lex.test('definition-intro', ownText);
    // A section headed as the trafficking offence that punishes even one act is the offence, however narrow
    // (Australia's "organises or facilitates the entry … or the receipt" of a person): its gaps are findings.
    const namedOffence = named && offence && lex.test('offence-name', heading) && p.kind !== 'definition' && p.kind !== 'item';
    if ((named && (acts.size >= 2 || purpose) && (offence || purpose || defines)) || (acts.size >= 3 && purpose && (offence || defines)) || namedOffence) {
      // An item of a list of acts ("(b) the transportation or transfer of another person,") stands for the whole
      // list: the unit is the provision that holds the list, so "(a) the recruitment…" is read too. Not in a
      // definitions section, whose items are separate definitions.
      let q = p;
      if ((p.kind === 'paragraph' || p.kind === 'item') && p.parent && p.parent.kind !== 'document' && !lex.test('definition-heading', heading)) q = p.parent;
      if (inCore.has(q) || hasAncestorIn(inCore, q)) continue;
      // (A descendant is deeper than q: the depths are compared before the parents are climbed.)
      for (let i = core.length - 1; i >= 0; i--) {
        const c = core[i].provision;
        if (c.depth > q.depth && isAncestor(q, c)) { inCore.delete(c); core.splice(i, 1); }
      }
      core.push({ provision: q, spans: q === p ? spans : unitSpans(q), role: q.kind === 'definition' ? 'definition' : 'offence' });
      inCore.add(q);
    }
  }
  const extended = extend(core, { root, folded, terms, crossRefs, lexFor }, all, lexes);
  return { core, extended };
}

function isAncestor(a: Provision, b: Provision): boolean {
  for (let q: Provision | undefined = b.parent; q; q = q.parent) if (q === a) return true;
  return false;
}

/** hasAncestorIn: whether some strict ancestor of p is in set — `[...set].some(q => isAncestor(q, p))` in O(depth). */
function hasAncestorIn(set: Set<Provision>, p: Provision): boolean {
  for (let q: Provision | undefined = p.parent; q; q = q.parent) if (set.has(q)) return true;
  return false;
}

/**
 * Cover: whether an offset lies in any of a set of spans, by binary search over the spans merged and sorted
 * (a consolidated act has thousands of references and definitions to test against hundreds of units).
 */
export class Cover {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  constructor(spans: Span[]) {
    const sorted = spans.filter(s => s.end > s.start).sort((a, b) => a.start - b.start);
    for (const s of sorted) {
      const n = this.ends.length;
      if (n && s.start <= this.ends[n - 1]) { if (s.end > this.ends[n - 1]) this.ends[n - 1] = s.end; }
      else { this.starts.push(s.start); this.ends.push(s.end); }
    }
  }
  /** has: some span holds x (start <= x < end). */
  has(x: number): boolean {
    let lo = 0, hi = this.starts.length - 1, at = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (this.starts[mid] <= x) { at = mid; lo = mid + 1; } else hi = mid - 1; }
    return at >= 0 && x < this.ends[at];
  }
}

/**
 * firstOwners: for each of the (sorted, distinct) positions, the index of the first unit whose spans hold it,
 * or -1 — what filling an offset-indexed array with each unit's index, last unit first, gives at those
 * offsets, without an array the size of the bill.
 */
export function firstOwners(units: { spans: Span[] }[], positions: number[]): Int32Array {
  const owner = new Int32Array(positions.length).fill(-1);
  const lowerBound = (x: number) => { let lo = 0, hi = positions.length; while (lo < hi) { const mid = (lo + hi) >> 1; if (positions[mid] < x) lo = mid + 1; else hi = mid; } return lo; };
  for (let k = units.length - 1; k >= 0; k--) {
    for (const s of units[k].spans) {
      const a = lowerBound(Math.max(0, s.start)), b = lowerBound(Math.max(0, s.end));
      if (b > a) owner.fill(k, a, b);
    }
  }
  return owner;
}

function extend(core: ScopeUnit[], input: ScopeInput, all: Provision[], lexes: CompiledLexicon[]): ScopeUnit[] {
  const { folded, terms, crossRefs, lexFor } = input;
  const out: ScopeUnit[] = [];
  const taken = new Set<Provision>(core.map(u => u.provision));
  const add = (p: Provision, role: ScopeRole, via: string) => {
    if (taken.has(p) || hasAncestorIn(taken, p)) return;
    taken.add(p);
    out.push({ provision: p, spans: [{ start: p.headerSpan.start, end: p.end }], role, via });
  };
  // The core units of each section, in core order: grouped once rather than filtered again for every section.
  const partsOf = new Map<Provision, ScopeUnit[]>();
  for (const u of core) {
    const sec = sectionOf(u.provision) ?? u.provision;
    const l = partsOf.get(sec);
    if (l) l.push(u); else partsOf.set(sec, [u]);
  }
  const coreSections = new Set(partsOf.keys());
  // Strict ancestors of core provisions, and the core's text spans, looked up instead of searched.
  const coreAncestors = new Set<Provision>();
  for (const u of core) for (let q = u.provision.parent; q; q = q.parent) coreAncestors.add(q);
  const coreCover = new Cover(core.flatMap(u => u.spans));
  // 0. The rest of a named offence section: UK s. 2 states the offence in (1) and lists the acts in (3); a
  // child limb or a consent subsection sits beside the adult offence. Aggravation subsections stay out, so
  // means that only aggravate the penalty are not read as elements of the basic offence.
  for (const sec of coreSections) {
    const lex = lexFor(sec);
    const heading = folded.slice(sec.headerSpan.start, sec.headerSpan.end);
    if (lex.test('definition-heading', heading)) continue;
    const parts = partsOf.get(sec)!;
    // Only numbered subsections of an offence section: an item of a definitions list is not an offence part.
    if (parts.some(u => u.provision !== sec && u.provision.kind !== 'subsection')) continue;
    if (!lex.test('offence-name', heading) && !parts.some(u => lex.test('offence-name', folded, u.provision.start, ownEnd(u.provision)))) continue;
    for (const c of sec.children) {
      if (taken.has(c) || coreAncestors.has(c)) continue;
      if (lex.test('aggravation', folded, c.start, Math.min(c.end, c.bodyStart + 200))) continue;
      add(c, 'offence', `part of ${sec.label}`);
    }
  }
  const coreText = [...core, ...out].map(u => u.spans.map(s => folded.slice(s.start, s.end)).join('\n')).join('\n');
  // 1. Defined terms the offence uses ("exploitation", "coercion", "child", "forced labour").
  const used = new Map<string, boolean>(); // per word: a consolidated act defines "child" in every part
  const uses = (key: string) => { let u = used.get(key); if (u === undefined) { u = containsWord(coreText, key); used.set(key, u); } return u; };
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (t.key.length < 3 || taken.has(t.provision)) continue;
    if (coreCover.has(t.span.start)) continue;
    if (!uses(t.key)) continue;
    add(t.provision, t.key.includes('exploit') || t.key.includes('explota') || t.key.includes('explora') ? 'exploitation' : 'term', `definition of “${t.term}”`);
  }
  // 2. Provisions the offence points to, and provisions that apply "for the purposes of" the offence.
  for (let i = 0; i < crossRefs.length; i++) {
    const r = crossRefs[i];
    if (!r.target) continue;
    const fromCore = coreCover.has(r.span.start);
    const targetSec = sectionOf(r.target) ?? r.target;
    if (!fromCore && coreSections.has(targetSec)) {
      const before = folded.slice(Math.max(0, r.span.start - 40), r.span.start);
      if (/(for the purposes? of|pour l'application d|para (?:los )?efectos de|para os efeitos d)[^.;]{0,20}$/.test(before)) {
        add(sectionOf(r.from) === r.from ? r.from : headOf(r.from), 'exploitation', `applies for the purposes of ${r.kind} ${r.num ?? ''}`.trim());
      }
    }
  }
  // 3. A section headed "Exploitation" / "Meaning of exploitation" when the offence speaks of exploitation.
  const speaksOfExploitation = /exploit|explota|explora/.test(coreText);
  if (speaksOfExploitation) {
    for (let i = 0; i < all.length; i++) {
      const p = all[i];
      if (p.kind !== 'section' || !p.heading || taken.has(p)) continue; // (no heading: the pattern sees '')
      const h = folded.slice(p.headerSpan.start, p.headerSpan.end);
      if (/\b(?:meaning of )?(?:exploitation|exploits?|explotacion|exploracao)\b/.test(h) && !lexFor(p).test('offence-name', h)) add(p, 'exploitation', `definition of exploitation (${p.label})`);
    }
  }
  // 3b. A provision that defines exploitation in its own words ("se entiende por explotación…", "exploitation
  // includes…"), wherever it is, when the offence speaks of exploitation.
  if (speaksOfExploitation) {
    // Thousands of provisions, few of which hold any literal the cue needs in their opening: those few are
    // found from where the literals occur, and only they are tested, in document order (the same answers).
    const cands = windowHolders(all, lexes, lexFor, folded, 'exploitation-definition');
    for (let c = 0; c < cands.length; c++) {
      const p = all[cands[c]];
      if (p.kind === 'document' || taken.has(p)) continue;
      const lex = lexFor(p);
      if (lex.test('exploitation-definition', folded, p.headerSpan.start, Math.min(ownEnd(p), p.bodyStart + 300))) add(p, 'exploitation', `definition of exploitation (${p.label})`);
    }
  }
  // Two hops: the offence points to the definition of exploitation, which points to the slavery offence.
  for (let hop = 0; hop < 2; hop++) {
    const sources = [...core, ...out];
    const refs = crossRefs.filter(r => r.target && r.target.kind !== 'document' && !coreSections.has(sectionOf(r.target) ?? r.target));
    // The first unit (in sources order) whose spans hold each reference: one pass over the spans instead of
    // a search through every unit for each of thousands of references.
    const positions = [...new Set(refs.map(r => r.span.start))].sort((a, b) => a - b);
    const owner = firstOwners(sources, positions);
    const ownerOf = new Map<number, number>();
    positions.forEach((x, i) => ownerOf.set(x, owner[i]));
    for (let i = 0; i < refs.length; i++) {
      const r = refs[i];
      const k = ownerOf.get(r.span.start)!;
      const src = k >= 0 ? sources[k] : undefined;
      if (!src || !r.target) continue;
      const before = folded.slice(Math.max(0, r.span.start - 60), r.span.start);
      if (REF_BEFORE.test(before)) add(r.target, 'term', hop === 0 && core.includes(src) ? 'referred to from the offence' : `referred to from ${src.provision.label}`);
    }
  }
  return out;
}

/** headOf climbs from a nested provision to the subsection (or section) that reads as one unit. */
function headOf(p: Provision): Provision {
  let q = p;
  while (q.parent && q.parent.kind !== 'section' && q.parent.kind !== 'document' && LIST_KINDS.has(q.kind)) q = q.parent;
  return q;
}

/**
 * containsWord: whether needle occurs in hay with no letter, digit or non-ASCII character on either side. One
 * regex search per word: "child" is inside "children" hundreds of times before a whole-word "child", and
 * an indexOf call per occurrence cost milliseconds.
 */
export function containsWord(hay: string, needle: string): boolean {
  let re = wordRes.get(needle);
  if (!re) {
    if (wordRes.size >= 1000) wordRes.clear();
    re = new RegExp(`(?<![a-z0-9\u0080-\uffff])${escapeRegExp(needle)}(?![a-z0-9\u0080-\uffff])`);
    wordRes.set(needle, re);
  }
  return re.test(hay);
}
const wordRes = new Map<string, RegExp>();

/** containsWordPlain: containsWord by indexOf and the characters around each occurrence (the tests' reference). */
export function containsWordPlain(hay: string, needle: string): boolean {
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const before = hay.charCodeAt(i - 1), after = hay.charCodeAt(i + needle.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
    i = hay.indexOf(needle, i + 1);
  }
  return false;
}
function isWordChar(c: number): boolean { return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127; }
