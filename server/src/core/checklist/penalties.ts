// Penalties for the trafficking offence (A/RES/72/1 para 4: a response "commensurate to the serious nature
// of the crime"; DOMAIN §3.6). Read in the offence sections (and a following "Penalty" section): is a penalty
// stated, is it custodial, can a fine replace imprisonment, and is the maximum term at least four years
// (a "serious crime" under UNTOC art. 2(b)).

import type { CoverageEntry, Provision, Span } from '../types';
import type { CompiledLexicon } from '../lexicon';
import type { Scope } from '../scope';
import { sectionOf } from '../structure';
import type { CheckContext } from './context';
import { searchedAcrossBills } from '../lexicon/indexed';

// Read in every offence section of a long bill: where they may occur comes from the bill's literal index.
searchedAcrossBills(['penalty', 'pen.custodial', 'pen.fine_alternative']);

export interface Penalties {
  stated: CoverageEntry;
  custodial: CoverageEntry;
  commensurate: CoverageEntry;
  /** A penalty is stated but no imprisonment: fines only. */
  finesOnly: boolean;
  /** A fine may replace imprisonment ("imprisonment … or a fine"). */
  fineAlternative?: Span;
  /** Longest custodial term found, in years (Infinity for life); undefined when none is stated. */
  maxYears?: number;
  /** Where the penalty was read (the first offence section). */
  at?: Span;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
  un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, dix: 10, quinze: 15, vingt: 20, trente: 30,
  uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, ocho: 8, diez: 10, doce: 12, quince: 15, veinte: 20, treinta: 30,
  um: 1, quatro_: 4, oito: 8, dez: 10, doze: 12, quinze_: 15, vinte: 20, trinta: 30,
};
export const YEARS = /\b(\d{1,3}|[a-z]{2,12})(?:\)|\s?\([^)]{0,12}\))?\s{1,3}(?:years?|ans|anos)\b/g;
export const LIFE = /\b(?:life|imprisonment for life|a perpetuite|perpetu[ao]|cadena perpetua|prision permanente)\b/;

/** mayBeLife: every wording LIFE knows contains one of these, so without them LIFE cannot match. */
export function mayBeLife(text: string): boolean {
  return text.includes('life') || text.includes('perpetu') || text.includes('permanente');
}

/** A unit of a term (what YEARS ends with) after a space, where a term can end. */
const UNIT = /\s(?:years?|ans|anos)\b/g;
/** Longest stretch YEARS can match before its unit: a number word, a bracketed figure and spaces. */
const BEFORE_UNIT = 12 + 1 + 14 + 3;

/**
 * termsIn is text.matchAll(YEARS), searching only just before each unit: YEARS tried at every word of a
 * section (a number word can be any word) reads the whole text slowly; every match ends with a unit after a
 * space, so a match that starts at or after `from` starts at most BEFORE_UNIT before the first such unit
 * after `from`, and YEARS run from there finds it.
 */
export function termsIn(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    UNIT.lastIndex = from;
    const u = UNIT.exec(text);
    if (!u) break;
    YEARS.lastIndex = Math.max(from, u.index - BEFORE_UNIT);
    const m = YEARS.exec(text);
    if (!m) break;
    out.push(m);
    from = YEARS.lastIndex;
  }
  UNIT.lastIndex = YEARS.lastIndex = 0;
  return out;
}

export function judgePenalties(cx: CheckContext, scope: Scope, lexFor: (p: Provision) => CompiledLexicon): Penalties {
  const none: CoverageEntry = { present: false };
  const sections = offenceSections(scope);
  if (!sections.length) return { stated: none, custodial: none, commensurate: none, finesOnly: false };
  let stated: CoverageEntry = none, custodial: CoverageEntry = none, fineAlternative: Span | undefined, maxYears: number | undefined;
  for (const sec of sections) {
    const lex = lexFor(sec);
    const span = { start: sec.start, end: sec.end };
    // Only the first of each is needed: a search that stops there.
    const pen = lex.first('penalty', cx.folded, span.start, span.end);
    if (pen && !stated.present) stated = cx.entry(pen);
    const cus = lex.first('pen.custodial', cx.folded, span.start, span.end);
    if (cus && !custodial.present) custodial = cx.entry(cus);
    const alt = lex.first('pen.fine_alternative', cx.folded, span.start, span.end);
    if (alt && !fineAlternative) fineAlternative = { start: alt.start, end: alt.end };
    const text = cx.folded.slice(span.start, span.end);
    if (mayBeLife(text) && LIFE.test(text)) maxYears = Infinity;
    for (const m of termsIn(text)) {
      const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]] ?? NUMBER_WORDS[m[1] + '_'];
      if (n && n < 100) maxYears = Math.max(maxYears ?? 0, n);
    }
  }
  const at = { start: sections[0].headerSpan.start, end: sections[0].headerSpan.end };
  const commensurate: CoverageEntry = custodial.present && (maxYears === undefined || maxYears >= 4)
    ? { ...custodial, ...(maxYears !== undefined ? { via: maxYears === Infinity ? 'life imprisonment' : `up to ${maxYears} years` } : {}) }
    : none;
  return { stated, custodial, commensurate, finesOnly: stated.present && !custodial.present, fineAlternative, maxYears, at };
}

/** The sections holding the trafficking offence, plus a directly following section about its penalty. */
function offenceSections(scope: Scope): Provision[] {
  const out: Provision[] = [];
  for (const u of scope.core) {
    if (u.role !== 'offence') continue;
    const sec = sectionOf(u.provision) ?? u.provision;
    if (!out.includes(sec)) out.push(sec);
    const sibs = sec.parent?.children ?? [];
    const next = sibs[sibs.indexOf(sec) + 1];
    if (next && /penalt|punish|sanction|peine|pena/i.test(next.heading ?? '') && !out.includes(next)) out.push(next);
  }
  return out;
}
