// Non-penalization of victims (A/RES/72/1 para 8; DOMAIN §3.7): the provision itself, then its scope as
// judged by checklist/nonpenalization.ts. Scope findings sit on the clause they judge.

import type { Analysis } from '../analysis';
import type { Rule, RuleMeta } from './types';
import { missingRules } from './checklist';
import type { NonPenalization } from '../checklist';

const REFS = ['CoE Convention, art. 26', 'EU Directive 2011/36, art. 8', 'ACTIP, art. 14(7)', 'UNODC Model Law, art. 10'];

const missing = missingRules('nonpenalization', [
  { key: 'non_penalization', message: 'The bill has no provision shielding victims from prosecution or punishment for offences they were compelled to commit as a direct consequence of being trafficked (A/RES/72/1, para 8).', meta: {
    code: 'non-penalization-missing', title: 'No non-penalization of victims', severity: 'warning', profiles: { COE: 'error', EU: 'error' }, paragraphs: ['8'],
    refs: REFS,
    hover: 'Add a non-punishment provision so identified victims are not penalized for unlawful acts they were compelled to commit as a direct consequence of being trafficked (para 8).',
    explain: 'Victims are often made to commit offences — using false papers, selling drugs, working illegally. Punishing them hands traffickers a tool of control. Example: "A victim of trafficking shall not be prosecuted or punished for an offence committed as a direct consequence of having been trafficked."' } },
]);

interface ScopeSpec {
  meta: Omit<RuleMeta, 'family' | 'keys' | 'tag'>;
  message: string;
  /** The defect, read from the judgement. */
  defect: (n: NonPenalization, a: Analysis) => boolean;
}

const SCOPE: ScopeSpec[] = [
  { defect: n => !n.directConsequence && !n.narrow, message: 'The non-penalization clause does not say it covers acts committed as a direct consequence of being trafficked (or that the victim was compelled to commit).', meta: {
    code: 'non-penalization-no-direct-consequence', title: 'Non-penalization without the direct-consequence test', severity: 'info', profiles: { EU: 'warning' }, paragraphs: ['8'], refs: REFS,
    hover: 'Tie the protection to acts committed as a direct consequence of being trafficked, the test of EU Directive art. 8 and the OSCE/ICAT guidance.',
    explain: 'A clause that only says "a victim shall not be punished" leaves courts to guess which acts are covered. Example: "… for an unlawful act committed as a direct consequence of having been trafficked."' } },
  { defect: n => n.narrow, message: 'The non-penalization clause reaches only immigration, status or prostitution offences; it should cover any unlawful act committed as a direct consequence of being trafficked.', meta: {
    code: 'non-penalization-scope-narrow', title: 'Non-penalization limited to some offences', severity: 'warning', paragraphs: ['8'], refs: [...REFS, 'OSCE (2013) non-punishment recommendations'],
    hover: 'The non-punishment clause covers only some offences; it should reach criminal, administrative and immigration sanctions for any act that is a direct consequence of the trafficking.',
    explain: 'Victims are also forced to steal, sell drugs or use false papers. Example: "… shall not be penalized for any criminal, administrative or immigration offence committed as a direct consequence of having been trafficked."' } },
  { defect: n => n.discretionary, message: 'The non-penalization clause is discretionary only ("may"): victims are protected only if an authority chooses to.', meta: {
    code: 'non-penalization-discretionary', title: 'Non-penalization is discretionary', severity: 'info', paragraphs: ['8'], refs: REFS,
    hover: 'A "may" clause leaves protection to discretion; para 8 commits to victims not being penalized — consider "shall not be prosecuted or punished".',
    explain: 'Discretion is what EU Directive art. 8 requires at a minimum, but it protects unevenly. Example: "shall not be prosecuted or punished" rather than "the prosecutor may decide not to prosecute".' } },
  { defect: n => n.conditional, message: 'The non-penalization clause depends on the victim cooperating with the authorities or testifying.', meta: {
    code: 'non-penalization-conditional', title: 'Non-penalization conditional on cooperation', severity: 'error', paragraphs: ['8'], refs: ['EU Directive 2011/36, art. 11(3)', 'CoE Convention, art. 12(6)'],
    hover: 'Non-punishment must not be conditional on the victim’s cooperation with investigators or willingness to testify.',
    explain: 'Making protection a reward for testimony turns it into pressure. Example: "… applies whether or not the victim cooperates with the authorities."' } },
  { defect: n => n.childrenOnly, message: 'The non-penalization clause protects child victims only; adult victims remain punishable for acts they were compelled to commit.', meta: {
    code: 'non-penalization-children-only', title: 'Non-penalization for children only', severity: 'warning', profiles: { COE: 'error', EU: 'error' }, paragraphs: ['8', '19'], refs: REFS,
    hover: 'Para 8 protects every identified victim; extend the clause to adults, with a compulsion or direct-consequence test.',
    explain: 'Adults are also compelled to commit offences. Example: "A person aged 18 or over is not guilty of an offence if they were compelled to do it as a direct consequence of being trafficked."' } },
  { defect: n => n.childCompulsion, message: 'Children must show compulsion to be protected; for a child it should suffice that the act was a direct consequence of being trafficked.', meta: {
    code: 'non-penalization-child-compulsion', title: 'Children must show compulsion', severity: 'warning', paragraphs: ['8', '19'], refs: ['UK Modern Slavery Act 2015, s. 45(4)'],
    hover: 'For children, it should suffice that the act was a direct consequence of being trafficked; no compulsion test.',
    explain: 'Children cannot consent to their exploitation, so asking them to prove compulsion repeats the error the child limb of the definition avoids. Example: "A person under 18 is not guilty of an offence done as a direct consequence of being a victim of trafficking."' } },
  { defect: n => n.sentencingOnly, message: 'The clause only mitigates the sentence; victims can still be arrested, charged, prosecuted and detained.', meta: {
    code: 'non-penalization-sentencing-only', title: 'Non-penalization only at sentencing', severity: 'info', paragraphs: ['8'], refs: ['OHCHR Recommended Principles, principle 7'],
    hover: 'Non-punishment should apply from the earliest stage (arrest, charge, prosecution, detention), not only at sentencing.',
    explain: 'A lighter sentence still leaves a criminal record. Example: "shall not be arrested, charged, detained, prosecuted or punished".' } },
  { defect: n => !n.recordRelief, message: 'The bill offers no way to set aside convictions victims received for acts committed while trafficked.', meta: {
    code: 'non-penalization-record-relief', title: 'No relief from past convictions', severity: 'info', paragraphs: ['8'], refs: ['US state vacatur laws'],
    hover: 'Consider a procedure to vacate or expunge convictions victims received for acts committed while trafficked.',
    explain: 'Victims identified late already carry convictions that bar jobs and visas. Example: "A person convicted of an offence referred to in subsection (1) may apply to have the conviction set aside."' } },
];

const scopeRules: Rule[] = SCOPE.map(s => ({
  meta: { tag: 'K', ...s.meta, family: 'nonpenalization', keys: ['non_penalization'] } as RuleMeta,
  run(ctx) {
    const a = ctx.analysis;
    const n = a.checklist.nonPenalization;
    if (!n.entry.present || !s.defect(n, a)) return;
    const c = n.clauses[0];
    // Report on the first line of the clause: a whole paragraph as a range is noise in the editor.
    const end = Math.min(c.end, a.lines.lineEnd(a.lines.lineOf(c.start)));
    ctx.report({ span: { start: c.start, end }, message: s.message, confidence: 'medium', keys: ['non_penalization'] });
  },
}));

export const nonPenalizationRules: Rule[] = [...missing, ...scopeRules];
