// Penalties and proceeds (A/RES/72/1 paras 4 and 10; DOMAIN §3.6): the offence must carry a penalty
// "commensurate to the serious nature of the crime" — custodial, at least four years at the maximum (a
// "serious crime" under UNTOC art. 2(b)) — and proceeds must be confiscable. Judged only where the bill has
// an offence; a victim-protection act without one is not asked for penalties.

import type { Analysis } from '../analysis';
import type { Span } from '../types';
import type { Rule, RuleMeta } from './types';
import { hasOffence, missingRules } from './checklist';

const VP = { 'victim-protection': 'info' } as const;

interface PenaltySpec {
  meta: Omit<RuleMeta, 'family' | 'keys' | 'tag'>;
  message: (a: Analysis) => string;
  /** The span to report, or undefined when the rule does not apply. */
  at: (a: Analysis) => Span | undefined;
}

const offenceAt = (a: Analysis) => a.checklist.penalties.at;

const SPECS: PenaltySpec[] = [
  { at: a => a.checklist.penalties.stated.present ? undefined : offenceAt(a), message: () => 'The trafficking offence states no penalty (A/RES/72/1, para 4).', meta: {
    code: 'penalty-missing', title: 'Offence without a penalty', severity: 'error', billTypes: VP, paragraphs: ['4'], refs: ['Protocol, art. 5', 'UNTOC, art. 11'],
    hover: 'The offence has no penalty.', explain: 'An offence without a penalty cannot be enforced. Example: "… is liable on conviction to imprisonment for a term not less than 10 years."' } },
  { at: a => a.checklist.penalties.finesOnly ? offenceAt(a) : undefined, message: () => 'The trafficking offence is punishable by a fine only; a penalty commensurate with the crime is custodial (A/RES/72/1, para 4).', meta: {
    code: 'penalty-fines-only', title: 'Fines only', severity: 'error', billTypes: VP, paragraphs: ['4'], refs: ['UNTOC, art. 2(b)', 'US TIP Report minimum standards'],
    hover: 'A fine alone is not commensurate with the gravity of trafficking (para 4).', explain: 'Traffickers treat fines as a cost of business. Example: "… liable to imprisonment for a term of not less than 10 years and a fine."' } },
  { at: a => { const p = a.checklist.penalties; return p.fineAlternative && !p.finesOnly ? p.fineAlternative : undefined; }, message: () => 'A fine may replace imprisonment for the trafficking offence, which is not commensurate with the crime (A/RES/72/1, para 4).', meta: {
    code: 'penalty-fine-alternative', title: 'Fine instead of imprisonment', severity: 'warning', billTypes: VP, paragraphs: ['4'], refs: ['US TIP Report (Japan 2018, Palau 2019)'],
    hover: 'Allowing a fine instead of imprisonment is not commensurate with the gravity of trafficking (para 4).', explain: 'Write "imprisonment and a fine", not "imprisonment or a fine". Example: "… liable to imprisonment for not less than 10 years and to a fine."' } },
  { at: a => { const p = a.checklist.penalties; return p.custodial.present && p.maxYears !== undefined && p.maxYears < 4 ? offenceAt(a) : undefined; },
    message: a => `The maximum term for trafficking is ${a.checklist.penalties.maxYears} years: below four years, trafficking is not a "serious crime" (UNTOC art. 2(b)) nor commensurate with its gravity (A/RES/72/1, para 4).`, meta: {
    code: 'penalty-not-commensurate', title: 'Maximum penalty below four years', severity: 'error', billTypes: VP, paragraphs: ['4'], refs: ['UNTOC, art. 2(b)'],
    hover: 'The maximum penalty is below four years, so trafficking is not a "serious crime" under UNTOC art. 2(b) and is not commensurate with its gravity (para 4).', explain: 'Example: "… imprisonment for a term of not less than 8 and not more than 20 years."' } },
  { at: a => { const p = a.checklist.penalties; return p.custodial.present && p.maxYears !== undefined && p.maxYears < 5 ? offenceAt(a) : undefined; },
    message: a => `The maximum term for trafficking is ${a.checklist.penalties.maxYears} years; EU Directive 2011/36 art. 4 requires at least five.`, meta: {
    code: 'penalty-eu-threshold', title: 'Below the EU penalty threshold', severity: 'hint', profiles: { EU: 'error' }, billTypes: VP, paragraphs: ['4'], refs: ['EU Directive 2011/36, art. 4'],
    hover: 'EU Directive art. 4 requires a maximum of at least 5 years (10 years for aggravated forms).', explain: 'Example: "… imprisonment of up to 10 years."' } },
];

const penaltyRules: Rule[] = SPECS.map(s => ({
  meta: { tag: 'K', ...s.meta, family: 'penalties', keys: ['penalties.stated'] } as RuleMeta,
  run(ctx) {
    const a = ctx.analysis;
    if (!hasOffence(a)) return;
    const span = s.at(a);
    if (span) ctx.report({ span, message: s.message(a), confidence: 'medium', keys: ['penalties.stated'] });
  },
}));

const proceeds = missingRules('penalties', [
  { key: 'penalties.confiscation', when: hasOffence, message: 'The bill has no freezing, seizure or confiscation of the proceeds and instruments of trafficking (A/RES/72/1, para 10).', meta: {
    code: 'confiscation-missing', title: 'No confiscation of proceeds', severity: 'warning', billTypes: VP, generalPart: true, paragraphs: ['10'], refs: ['UNTOC, arts 12–14', 'EU Directive 2011/36, art. 7'],
    hover: 'Provide for freezing, seizure and confiscation of trafficking proceeds and instrumentalities (UNTOC arts 12–14; para 10 on financial flows).', explain: 'Taking the profit out of trafficking deters it. Example: "The court shall order the forfeiture of any property used in or derived from the offence."' } },
  { key: 'penalties.aggravation', when: hasOffence, message: 'The offence has no aggravated forms (child victim, danger to life, serious violence, organized group, public official).', meta: {
    code: 'aggravation-missing', title: 'No aggravating circumstances', severity: 'info', profiles: { COE: 'warning', EU: 'warning' }, billTypes: VP, paragraphs: ['4'], refs: ['UNODC Model Law, art. 9', 'CoE Convention, art. 24', 'EU Directive 2011/36, art. 4(2)'],
    hover: 'Consider aggravated penalties where the victim is a child, life is endangered, serious violence is used, or an organized group is involved.', explain: 'Example: "The penalty is increased where the victim is a child or the offence endangered the victim’s life."' } },
  { key: 'penalties.assets_to_victims', parent: 'penalties.confiscation', message: 'Confiscated assets are not directed to victim compensation or a victims’ fund.', meta: {
    code: 'assets-to-victims-missing', title: 'Confiscated assets not used for victims', severity: 'info', billTypes: VP, paragraphs: ['8', '11'], refs: ['CoE Convention, art. 15(4)', 'UNTOC, art. 14(2)'],
    hover: 'Consider directing confiscated assets to victim compensation or a victims’ fund.', explain: 'Example: "Proceeds of forfeited property shall be paid into the Victims Trust Fund."' } },
]);

export const penaltiesRules: Rule[] = [...penaltyRules, ...proceeds];
