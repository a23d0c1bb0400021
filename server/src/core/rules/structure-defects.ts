// Structural defects of the trafficking offence (DOMAIN §2.2): elements a national law ADDS to para 7 that
// narrow it (border crossing, organised crime, actual exploitation, profit, non-consent), and scopes that
// shrink it (women and children only, sexual exploitation only, a closed list of exploitation forms).
// Each defect is searched only in the basic offence (core units and the non-aggravation parts of the offence
// section): the same words in an aggravating circumstance ("if committed by an organised group") are fine.
// Inclusive phrasing ("within or across national borders", "whether or not for profit") cancels a hit.
// The cue vocabularies are data: data/lexicons/<lang>/definition.json, cues "defect.*".

import type { Span } from '../types';
import type { Analysis } from '../analysis';
import type { CompiledLexicon } from '../lexicon';
import type { ScopeUnit } from '../scope';
import { PURPOSE_KEYS } from '../coverage';
import { anchorUnit, enumerationSpan } from './definition';
import type { Rule, RuleMeta } from './types';
import { SpanNeedles } from './needles';
import { searchedAcrossBills } from '../lexicon/indexed';

/** The basic offence: core units and the rest of the offence section (aggravations were left out by scope). */
function offenceUnits(a: Analysis): ScopeUnit[] {
  return [...a.scope.core, ...a.scope.extended.filter(u => u.role === 'offence')];
}
/** Where the closed-list cue is looked for: the definition of exploitation too. */
function closedListUnits(a: Analysis): ScopeUnit[] {
  return [...a.scope.core, ...a.scope.extended.filter(u => u.role === 'exploitation' || u.role === 'offence')];
}

const CUES = ['defect.movement', 'defect.organised-crime', 'defect.actual-exploitation', 'defect.profit', 'defect.consent-defence', 'defect.closed-list'];

// On a long bill the lexicon's literal index (one pass over the bill, shared with the checklist) says where
// these cues may match; a short bill's spans are indexed here (needles.ts).
searchedAcrossBills(CUES);

/** What the cue rules of one analysis share: their units, and where each cue's needles occur in them (needles.ts). */
interface Shared { offence: ScopeUnit[]; closed: ScopeUnit[]; needles?: SpanNeedles }
const shared = new WeakMap<Analysis, Shared>();
function sharedOf(a: Analysis): Shared {
  let s = shared.get(a);
  if (!s) {
    // The closed-list units include the offence units (core units, and the offence section besides the
    // definition of exploitation), so theirs are all the spans and languages to index.
    s = { offence: offenceUnits(a), closed: closedListUnits(a) };
    shared.set(a, s);
  }
  return s;
}

/** mayMatch: false where the cue cannot match in span s (findAll would find nothing there). */
function mayMatch(a: Analysis, lex: CompiledLexicon, cue: string, s: Span): boolean {
  const known = lex.cueMayBeIn(cue, a.folded, s.start, s.end);
  if (known !== undefined) return known;
  const sh = sharedOf(a);
  if (!sh.needles) {
    const needles: string[] = [];
    for (const l of new Set(sh.closed.map(u => a.lexFor(u.provision)))) for (const c of CUES) needles.push(...l.cueNeedles(c) ?? []);
    sh.needles = new SpanNeedles(a.folded, sh.closed.flatMap(u => u.spans), needles);
  }
  return sh.needles.mayMatch(lex.cueNeedles(cue), s.start, s.end);
}

/** sentenceAround: the clause holding a match, bounded by sentence or list punctuation. */
function sentenceAround(folded: string, s: Span, unit: Span): Span {
  let start = s.start, end = s.end;
  // Character codes, not a regex per character: . ; : and newline before, . ; and newline after.
  for (let c = folded.charCodeAt(start - 1); start > unit.start && c !== 46 && c !== 59 && c !== 58 && c !== 10; c = folded.charCodeAt(start - 1)) start--;
  for (let c = folded.charCodeAt(end); end < unit.end && c !== 46 && c !== 59 && c !== 10; c = folded.charCodeAt(end)) end++;
  return { start, end };
}

interface Hit { span: Span; unit: ScopeUnit; lex: CompiledLexicon }

/** cueHits: matches of a defect cue in the basic offence, minus those an inclusive phrase in the same clause cancels. */
function cueHits(a: Analysis, cue: string): Hit[] {
  const out: Hit[] = [];
  const { offence } = sharedOf(a);
  for (const unit of offence) {
    const lex = a.lexFor(unit.provision);
    for (const s of unit.spans) {
      if (!mayMatch(a, lex, cue, s)) continue; // findAll would find nothing
      for (const f of lex.findAll(cue, a.folded, s.start, s.end)) {
        const sent = sentenceAround(a.folded, f, s);
        if (lex.test('defect.inclusive', a.folded, sent.start, sent.end)) continue;
        if (lex.test('aggravation', a.folded, sent.start, sent.end)) continue;
        out.push({ span: { start: f.start, end: f.end }, unit, lex });
      }
    }
  }
  return out;
}

type Base = Omit<RuleMeta, 'family' | 'tag' | 'paragraphs' | 'refs'> & Partial<Pick<RuleMeta, 'paragraphs' | 'refs' | 'tag'>>;
const meta = (m: Base): RuleMeta => ({ family: 'structure', tag: 'V', paragraphs: ['7'], refs: ['Protocol, art. 3(a)'], ...m });

/** A defect found by a cue: one finding per offence provision, at the first offending words. */
function cueRule(m: Base, cue: string, message: (where: string, words: string) => string): Rule {
  return {
    meta: meta(m),
    run(ctx) {
      const a = ctx.analysis;
      if (!a.coverage['definition.found'].present) return;
      const seen = new Set<string>();
      for (const h of cueHits(a, cue)) {
        if (seen.has(h.unit.provision.id)) continue;
        seen.add(h.unit.provision.id);
        ctx.report({
          span: h.span, message: message(a.describe(h.unit.provision), a.text.slice(h.span.start, h.span.end)),
          confidence: 'medium', provision: h.unit.provision.id, keys: m.keys,
        });
      }
    },
  };
}

const movement = cueRule({
  code: 'def-movement-required', title: 'Offence requires movement or border crossing', severity: 'error',
  billTypes: { 'victim-protection': 'info' }, paragraphs: ['7', '10'], refs: ['Protocol, art. 3(a)', 'UNTOC, art. 34(2)'],
  hover: 'The offence requires crossing a border (or entry into / exit from the country): harbouring and receipt need no travel, and internal trafficking must be covered.',
  explain: 'Many victims never leave their own country: a girl moved from a village to a city brothel, a worker held on a farm. An offence that requires crossing a border (often a sign of confusion with migrant smuggling) lets internal trafficking go unpunished. Write "whether within or across national borders", or drop the requirement.',
}, 'defect.movement', (w, words) => `${w} makes crossing a border an element of trafficking (“${words}”): para 7 covers trafficking within a country too — write "within or across national borders" or remove the requirement.`);

const toc = cueRule({
  code: 'def-organised-crime-required', title: 'Offence requires organised crime or transnationality', severity: 'error',
  billTypes: { 'victim-protection': 'info' }, paragraphs: ['7', '10'], refs: ['UNTOC, art. 34(2)', 'Protocol, art. 1(2)'],
  hover: 'Domestic law must establish the offence independently of its transnational nature or the involvement of an organised criminal group (UNTOC art. 34(2)).',
  explain: 'The Protocol applies between States to transnational organised crime, but the national offence must not require it: prosecutors should not have to prove that a group of three or more or a border was involved. Organised-crime involvement belongs among the aggravating circumstances.',
}, 'defect.organised-crime', (w, words) => `${w} makes organised crime or transnationality an element of the offence (“${words}”); UNTOC art. 34(2) requires the offence to stand without it — move it to the aggravating circumstances.`);

const actual = cueRule({
  code: 'def-actual-exploitation-required', title: 'Offence requires that exploitation occurred', severity: 'error',
  billTypes: { 'victim-protection': 'info' }, refs: ['Protocol, art. 3(a)'],
  hover: 'Trafficking is complete when the act is done for the purpose of exploitation; exploitation need not have taken place.',
  explain: 'Police often intervene before the victim is exploited: at the airport, on the road. An offence that requires actual exploitation ("and exploits", "thereby exploiting") misses those cases. Write "for the purpose of exploitation".',
}, 'defect.actual-exploitation', (w, words) => `${w} requires that the victim was actually exploited (“${words}”): para 7 needs only the purpose of exploitation — write "for the purpose of exploitation".`);

const profit = cueRule({
  code: 'def-profit-required', title: 'Offence requires profit or gain', severity: 'error',
  billTypes: { 'victim-protection': 'info' }, refs: ['Protocol, art. 3(a)'],
  hover: 'A profit or gain element was proposed for the Protocol and rejected; requiring it narrows the offence (as an aggravation it is fine).',
  explain: 'Traffickers are not always paid: a relative who hands over a child, a "boyfriend" who exploits his partner. Requiring financial gain lets them escape. Profit can be an aggravating circumstance, not an element.',
}, 'defect.profit', (w, words) => `${w} makes profit or gain an element of the offence (“${words}”); para 7 has no profit requirement — remove it or make it an aggravating circumstance.`);

const consentDefence = cueRule({
  code: 'consent-defence-present', title: 'Non-consent is an element (consent defence)', severity: 'error',
  billTypes: { 'victim-protection': 'info' }, paragraphs: ['7', '8'], refs: ['Protocol, art. 3(b)'], keys: ['consent.irrelevant'],
  hover: 'The offence requires that the victim did not consent ("without consent", "against her will"): consent obtained by any of the means is irrelevant (Protocol art. 3(b)).',
  explain: 'Victims often "agree" to a job or a journey because they were deceived or had no alternative. Making non-consent an element forces the prosecution to disprove consent and re-victimises the witness. Drop "without consent" and state that consent is irrelevant where any means was used.',
}, 'defect.consent-defence', (w, words) => `${w} makes the victim’s lack of consent an element (“${words}”): consent is irrelevant once a means is used (Protocol art. 3(b)) — remove it and add a consent-irrelevance clause.`);

const closedList = cueRule({
  code: 'def-exploitation-list-closed', title: 'Closed list of exploitation forms', severity: 'info',
  refs: ['Protocol, art. 3(a)'],
  hover: 'Exploitation "shall include, at a minimum" the listed forms: a closed list is allowed but cannot grow with new forms of exploitation — check that every minimum form is there.',
  explain: 'The Protocol list is a floor ("at a minimum"). Laws that say exploitation "means only" or "is limited to" certain offences cannot reach new forms (forced criminality, online sexual exploitation) without amendment. Prefer "includes".',
}, 'defect.closed-list', (w, words) => `${w} closes the list of forms of exploitation (“${words}”): para 7 sets a minimum ("at a minimum") — prefer an open list ("includes") and make sure every minimum form is covered.`);
// The closed-list cue is searched in the definition of exploitation, not only in the offence.
closedList.run = function run(ctx) {
  const a = ctx.analysis;
  if (!a.coverage['definition.found'].present) return;
  const { closed } = sharedOf(a);
  for (const unit of closed) {
    const lex = a.lexFor(unit.provision);
    // The first hit of the unit's first span that has one (findAll would find nothing where no needle occurs).
    let f: Span | undefined;
    for (const s of unit.spans) if (mayMatch(a, lex, 'defect.closed-list', s) && (f = lex.findAll('defect.closed-list', a.folded, s.start, s.end)[0])) break;
    if (!f) continue;
    ctx.report({ span: f, message: `${a.describe(unit.provision)} closes the list of forms of exploitation (“${a.text.slice(f.start, f.end)}”): para 7 sets a minimum ("at a minimum") — prefer an open list ("includes") and make sure every minimum form is covered.`, confidence: 'medium', provision: unit.provision.id });
    return;
  }
};

/** Victims limited to women and/or children: the offence's objects are only women, girls or children. */
const victimScope: Rule = {
  meta: meta({
    code: 'def-victims-women-children-only', title: 'Offence limited to women and/or children', severity: 'error',
    billTypes: { 'victim-protection': 'info' }, refs: ['Protocol, arts. 2(a), 3(a)'],
    hover: 'The Protocol protects every person, with particular attention to women and children; an offence limited to women and/or children leaves men and boys unprotected.',
    explain: 'Men and boys are trafficked too, above all for forced labour on fishing boats, farms and building sites. An offence written for "any woman or child" cannot reach them. Write "another person" and keep the special protections for women and children elsewhere.',
  }),
  run(ctx) {
    const a = ctx.analysis;
    if (!a.coverage['definition.found'].present) return;
    let first: Span | undefined; let unit: ScopeUnit | undefined;
    for (const u of a.scope.core) {
      const lex = a.lexFor(u.provision);
      for (const s of u.spans) {
        if (lex.test('victim-any-person', a.folded, s.start, s.end)) return;
        const f = lex.findAll('victim-women', a.folded, s.start, s.end)[0] ?? lex.findAll('child-word', a.folded, s.start, s.end)[0];
        if (f && !first) { first = f; unit = u; }
      }
    }
    if (!first || !unit) return;
    ctx.report({ span: first, message: `${a.describe(unit.provision)} protects only women and/or children (“${a.text.slice(first.start, first.end)}”): para 7 covers every person — write "another person".`, confidence: 'medium', provision: unit.provision.id });
  },
};

const SEXUAL = new Set(['purpose.prostitution_of_others', 'purpose.other_sexual_exploitation']);
/** Purpose limited to sexual exploitation (the separate purpose findings say which forms are missing). */
const sexualOnly: Rule = {
  meta: meta({
    code: 'def-purpose-sexual-only', title: 'Purpose limited to sexual exploitation', severity: 'error',
    billTypes: { 'victim-protection': 'info' }, refs: ['Protocol, art. 3(a)'],
    hover: 'The offence reaches only sexual exploitation: forced labour, slavery, servitude and organ removal are outside it.',
    explain: 'Labour trafficking is as common as sexual exploitation in many regions. A law limited to prostitution or sexual purposes leaves victims of forced labour, domestic servitude and organ removal without the trafficking offence. Extend the purpose to "exploitation", defined to include at a minimum the forms in para 7.',
    keys: PURPOSE_KEYS.filter(k => !SEXUAL.has(k)),
  }),
  run(ctx) {
    const a = ctx.analysis;
    if (!a.coverage['definition.found'].present) return;
    const purposes = PURPOSE_KEYS.filter(k => a.coverage[k].present);
    if (!purposes.length || purposes.some(k => !SEXUAL.has(k))) return;
    // A generic "purpose of exploitation" with exploitation defined elsewhere is not sexual-only.
    if (a.scope.extended.some(u => u.role === 'exploitation')) return;
    const unit = anchorUnit(a, 'purpose');
    ctx.report({ span: enumerationSpan(a, unit, 'purpose') ?? unit.provision.headerSpan, message: `${a.describe(unit.provision)} covers only sexual exploitation: para 7 requires at a minimum forced labour or services, slavery, practices similar to slavery, servitude and the removal of organs too.`, confidence: 'medium', provision: unit.provision.id, keys: PURPOSE_KEYS.filter(k => !SEXUAL.has(k)) });
  },
};

export const structureDefectRules: Rule[] = [movement, toc, actual, profit, consentDefence, victimScope, sexualOnly, closedList];
