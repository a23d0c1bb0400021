// Definition checks (A/RES/72/1 para 7 = Protocol art. 3(a)): the offence exists, and covers each of the
// five acts, nine means and seven purposes. One rule per element, so each gap is its own finding.

import type { Span } from '../types';
import type { Analysis } from '../analysis';
import type { ScopeUnit } from '../scope';
import { groupOf } from '../coverage';
import type { Rule, RuleContext, RuleMeta } from './types';
import { enumerationFix } from '../fixes/enumeration';

interface ElementSpec { key: string; code: string; hover: string; explain: string; refs?: string[]; paragraphs?: string[] }

const GROUP_NAME = { act: 'the five acts', means: 'the means', purpose: 'the minimum forms of exploitation' } as const;

const ELEMENTS: ElementSpec[] = [
  { key: 'act.recruitment', code: 'act-recruitment-missing', hover: 'The act element omits recruitment (or an equivalent such as enticing or hiring), one of the five acts in para 7.', explain: 'Recruitment is the first link in the chain: a false job offer posted online, an agent in a village. A law that only punishes transporting or holding people lets recruiters go free. Example: "recruits, transports, transfers, harbours or receives another person".' },
  { key: 'act.transportation', code: 'act-transportation-missing', hover: 'The act element omits transportation of persons (para 7).', explain: 'Transportation covers moving a person by any means, across borders or within the country. Example: "transports" in the list of acts.' },
  { key: 'act.transfer', code: 'act-transfer-missing', hover: 'The act element omits transfer of persons (para 7); "handing over" or "transfer of control" wording satisfies this.', explain: 'Transfer reaches handing a person over from one trafficker to another, including selling or exchanging control over them. Example: "transfers, or exchanges or transfers control over, another person".' },
  { key: 'act.harbouring', code: 'act-harbouring-missing', hover: 'The act element omits harbouring (holding, concealing or accommodating) a person, so trafficking without movement may escape the offence.', explain: 'Harbouring catches those who keep a victim in a house, brothel or farm, even if nobody travelled. Example: "harbours" (or "holds, conceals or accommodates").' },
  { key: 'act.receipt', code: 'act-receipt-missing', hover: 'The act element omits receipt of persons (para 7), which reaches the end-point of the chain.', explain: 'Receipt catches the person at the end of the chain, such as the employer or brothel owner who takes the victim in. Example: "receives another person".' },
  { key: 'means.threat', code: 'means-threat-missing', hover: 'The means omit the threat of force (para 7).', explain: 'Threats ("we will hurt your family") are a means in themselves; the law must not wait for force to be used. Example: "by the threat or use of force".' },
  { key: 'means.force', code: 'means-force-missing', hover: 'The means omit the use of force (para 7).', explain: 'Physical force or violence used to move or hold a person. Example: "by the threat or use of force".' },
  { key: 'means.other_coercion', code: 'means-coercion-missing', hover: 'The means omit "other forms of coercion" (psychological, economic, legal-process threats).', explain: 'Coercion without violence: threats to denounce a migrant to the police, confiscated passports, threats of dismissal. Example: "or other forms of coercion".' },
  { key: 'means.abduction', code: 'means-abduction-missing', hover: 'The means omit abduction (para 7).', explain: 'Taking a person away against their will (kidnapping). Example: "abduction" in the list of means.' },
  { key: 'means.fraud', code: 'means-fraud-missing', hover: 'The means omit fraud (para 7).', explain: 'Fraud covers schemes that trick a person into the situation, such as forged contracts. Example: "fraud" in the list of means.' },
  { key: 'means.deception', code: 'means-deception-missing', hover: 'The means omit deception, the most common recruitment method (false job offers, false promises).', explain: 'Deception is how most victims are recruited: a promised waitressing job that turns out to be forced prostitution. Example: "deception" in the list of means.' },
  { key: 'means.abuse_of_power', code: 'means-abuse-of-power-missing', hover: 'The means omit abuse of power or authority (para 7).', explain: 'A teacher, employer, official or relative who uses their authority over the victim. Example: "the abuse of power".' },
  { key: 'means.abuse_of_vulnerability', code: 'means-vulnerability-missing', hover: 'The means omit abuse of a position of vulnerability: situations where the person has no real and acceptable alternative but to submit.', explain: 'Traffickers exploit poverty, irregular migration status, disability, addiction or dependence. Example: "the abuse of a position of vulnerability", ideally defined as having no real and acceptable alternative but to submit.' },
  { key: 'means.payments_or_benefits', code: 'means-payments-missing', hover: 'The means omit giving or receiving payments or benefits to obtain the consent of a person having control over the victim (e.g. a parent or employer).', explain: 'Buying a child from a parent, or paying an employer to hand over a worker. Example: "the giving or receiving of payments or benefits to achieve the consent of a person having control over another person".' },
  { key: 'purpose.prostitution_of_others', code: 'purpose-prostitution-missing', hover: 'Exploitation does not cover exploitation of the prostitution of others (para 7).', explain: 'Profiting from the prostitution of another person. Example: "the exploitation of the prostitution of others".' },
  { key: 'purpose.other_sexual_exploitation', code: 'purpose-sexual-exploitation-missing', hover: 'Exploitation does not cover other forms of sexual exploitation (para 7).', explain: 'Sexual exploitation beyond prostitution: pornography, sexual servitude, live-streamed abuse. Example: "or other forms of sexual exploitation".' },
  { key: 'purpose.forced_labour_or_services', code: 'purpose-forced-labour-missing', hover: 'Exploitation does not cover forced labour or services (para 7).', explain: 'Work or services exacted under menace of a penalty: fishing boats, factories, domestic work. Example: "forced labour or services".' },
  { key: 'purpose.slavery', code: 'purpose-slavery-missing', hover: 'Exploitation does not cover slavery (para 7).', explain: 'Exercising powers of ownership over a person. Example: "slavery".' },
  { key: 'purpose.practices_similar_to_slavery', code: 'purpose-slavery-like-missing', hover: 'Exploitation does not cover practices similar to slavery (e.g. debt bondage, servile marriage).', explain: 'Debt bondage, serfdom, servile marriage and the sale of children for exploitation. Example: "slavery or practices similar to slavery".' },
  { key: 'purpose.servitude', code: 'purpose-servitude-missing', hover: 'Exploitation does not cover servitude, including domestic servitude (para 7).', explain: 'Being forced to live and work for another with no way to change one’s condition, often in a private household. Example: "servitude".' },
  { key: 'purpose.removal_of_organs', code: 'purpose-organ-removal-missing', hover: 'Exploitation does not cover removal of organs, which para 7 lists and para 23 specifically condemns.', explain: 'Trafficking to harvest a kidney or other organ. Example: "or the removal of organs".', paragraphs: ['7', '23'] },
];

function elementRule(spec: ElementSpec): Rule {
  const group = groupOf(spec.key) as 'act' | 'means' | 'purpose';
  const meta: RuleMeta = {
    code: spec.code, title: `Definition lacks ${spec.key.split('.')[1].replace(/_/g, ' ')}`, family: 'definition',
    severity: 'error', billTypes: { 'victim-protection': 'info' }, paragraphs: spec.paragraphs ?? ['7'],
    refs: ['Protocol, art. 3(a)', ...(spec.refs ?? [])], tag: 'V', hover: spec.hover, explain: spec.explain, keys: [spec.key],
  };
  return {
    meta,
    run(ctx: RuleContext) {
      const a = ctx.analysis;
      if (!a.coverage['definition.found'].present || a.coverage[spec.key].present) return;
      // A bill without any means is broader than para 7; that is reported once, as information (means-none).
      if (group === 'means' && !a.elements.hasMeans) return;
      // Purposes belong where exploitation is defined when the offence only says "for the purpose of exploitation".
      let unit = anchorUnit(a, group);
      if (group === 'purpose' && !enumerationSpan(a, unit, group)) unit = exploitationUnit(a) ?? unit;
      const span = enumerationSpan(a, unit, group) ?? unit.provision.headerSpan;
      const found = a.elements.matches.filter(m => groupOf(m.key) === group && (a.scope.core.includes(m.unit) || m.unit === unit));
      const label = a.lexFor(unit.provision).data.elements[spec.key]?.label ?? spec.key;
      // The other gaps of the same group, so one finding tells the drafter the whole list to complete.
      const others = ELEMENTS.filter(e => e.key !== spec.key && groupOf(e.key) === group && !a.coverage[e.key].present).map(e => englishLabel(e.key));
      ctx.report({
        span,
        message: `${a.describe(unit.provision)} does not cover ${englishLabel(spec.key)}${label !== englishLabel(spec.key) ? ` (${label})` : ''}, one of ${GROUP_NAME[group]} in the definition of trafficking (A/RES/72/1, para 7).${others.length ? ` Also missing from ${GROUP_NAME[group]}: ${others.join(', ')}.` : ''}${unresolved(a) ? ' The offence refers to provisions palermo could not read; the element may be there.' : ''}`,
        related: dedupe(found).slice(0, 6).map(m => ({ span: m, message: m.confidence === 'high' ? `${m.label}: covered here (Protocol wording)` : `${m.label}: covered here by a national variant (“${a.text.slice(m.start, m.end)}”)` })),
        confidence: confidenceOf(a, group, found),
        provision: unit.provision.id,
        keys: [spec.key],
        fixes: [enumerationFix(a, unit, spec.key)].filter((f): f is NonNullable<typeof f> => !!f),
      });
    },
  };
}

/**
 * How sure a "missing" finding is: high when the group's list was read in the offence in the Protocol's own
 * words and every reference the offence makes was resolved; medium when the list uses national variants (which
 * may stand for the element in that legal tradition) or the offence points to provisions palermo could not
 * read (another instrument, text not in the file); low when the offence names none of the group at all.
 */
function confidenceOf(a: Analysis, group: string, found: { confidence: string }[]): 'high' | 'medium' | 'low' {
  if (!found.length) return 'low';
  if (unresolved(a) || found.some(m => m.confidence !== 'high')) return 'medium';
  return 'high';
}

/** unresolved: the offence refers to a provision that is not in the document (or to another instrument). */
function unresolved(a: Analysis): boolean {
  return a.crossRefs.some(r => !r.target && a.scope.core.some(u => u.spans.some(s => r.span.start >= s.start && r.span.start < s.end)));
}

function englishLabel(key: string): string {
  return ({
    'means.threat': 'the threat of force', 'means.force': 'the use of force', 'means.other_coercion': 'other forms of coercion',
    'means.abuse_of_vulnerability': 'abuse of a position of vulnerability', 'means.payments_or_benefits': 'payments or benefits to a person having control',
    'purpose.prostitution_of_others': 'exploitation of the prostitution of others', 'purpose.other_sexual_exploitation': 'other forms of sexual exploitation',
    'purpose.forced_labour_or_services': 'forced labour or services', 'purpose.practices_similar_to_slavery': 'practices similar to slavery',
    'purpose.removal_of_organs': 'removal of organs', 'means.abuse_of_power': 'abuse of power',
  } as Record<string, string>)[key] ?? key.split('.')[1].replace(/_/g, ' ');
}

/** anchorUnit: the core unit that holds (or should hold) the group — the one with most of its terms. */
export function anchorUnit(a: Analysis, group: 'act' | 'means' | 'purpose'): ScopeUnit {
  const counts = new Map<ScopeUnit, number>();
  for (const m of a.elements.matches) if (groupOf(m.key) === group && a.scope.core.includes(m.unit)) counts.set(m.unit, (counts.get(m.unit) ?? 0) + 1);
  let best = a.scope.core.find(u => u.role === 'offence') ?? a.scope.core[0];
  for (const [u, n] of counts) if (n > (counts.get(best) ?? 0)) best = u;
  return best;
}

/** exploitationUnit: the definition of exploitation the offence relies on, with most of the purposes in it. */
function exploitationUnit(a: Analysis): ScopeUnit | undefined {
  let best: ScopeUnit | undefined, n = 0;
  for (const u of a.scope.extended) {
    if (u.role !== 'exploitation') continue;
    const k = a.elements.matches.filter(m => m.unit === u && groupOf(m.key) === 'purpose').length;
    if (k > n) { best = u; n = k; }
  }
  return best;
}

/** enumerationSpan: from the first to the last term of the group in the unit (the list a fix would extend). */
export function enumerationSpan(a: Analysis, unit: ScopeUnit, group: string): Span | undefined {
  const ms = a.elements.matches.filter(m => m.unit === unit && groupOf(m.key) === group);
  if (!ms.length) return undefined;
  return { start: Math.min(...ms.map(m => m.start)), end: Math.max(...ms.map(m => m.end)) };
}

function dedupe<T extends { start: number }>(xs: T[]): T[] {
  const seen = new Set<number>();
  return xs.filter(x => !seen.has(x.start) && seen.add(x.start));
}

const offenceMissing: Rule = {
  meta: {
    code: 'offence-missing', title: 'No trafficking offence or definition', family: 'definition', severity: 'error',
    billTypes: { 'victim-protection': 'info' }, paragraphs: ['7', '10'], refs: ['Protocol, art. 5(1)', 'Protocol, art. 3(a)'], tag: 'V',
    hover: 'The bill does not establish a criminal offence of trafficking in persons, which Protocol art. 5(1) requires.',
    explain: 'palermo found no provision that names trafficking and lists the acts (recruits, transports, transfers, harbours, receives) with the purpose of exploitation. Without it, prosecutors must rely on patchwork offences such as abduction or procuring. Example: "A person who recruits, transports, transfers, harbours or receives another person by means of … for the purpose of exploitation commits the offence of trafficking in persons."',
    keys: ['definition.found'],
  },
  run(ctx) {
    const a = ctx.analysis;
    if (a.coverage['definition.found'].present || !a.text.trim()) return;
    const first = a.provisions.find(p => p.kind === 'section') ?? a.provisions[0];
    const span = first ? first.headerSpan : { start: 0, end: a.lines.lineEnd(0) };
    ctx.report({ span, message: 'No provision defines or criminalises trafficking in persons (act, means and purpose of exploitation, A/RES/72/1, para 7).', confidence: 'medium', keys: ['definition.found'] });
  },
};

const meansNone: Rule = {
  meta: {
    code: 'means-none', title: 'No means element (broader than para 7)', family: 'definition', severity: 'info',
    paragraphs: ['7'], refs: ['Protocol, art. 3(a)'], tag: 'V',
    hover: 'No means element is required for adults: broader than the Protocol (permissible) — confirm intent and that the exploitative-purpose element carries the weight.',
    explain: 'Some laws (Argentina, Mexico, the UK) punish any recruitment or transport for the purpose of exploitation, without requiring force, deception or another means. That goes beyond para 7 and is allowed; make sure it is intended and that consent is declared irrelevant.',
    keys: ['means.threat'],
  },
  run(ctx) {
    const a = ctx.analysis;
    if (!a.coverage['definition.found'].present || a.elements.hasMeans) return;
    const unit = anchorUnit(a, 'act');
    ctx.report({ span: enumerationSpan(a, unit, 'act') ?? unit.provision.headerSpan, message: `${a.describe(unit.provision)} requires no means (force, deception, abuse of vulnerability…): broader than para 7, which is permissible — confirm that this is intended.`, confidence: 'medium', provision: unit.provision.id });
  },
};

export const definitionRules: Rule[] = [offenceMissing, ...ELEMENTS.map(elementRule), meansNone];
