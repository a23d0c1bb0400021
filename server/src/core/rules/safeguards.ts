// Victim safeguards of A/RES/72/1 para 8 (and 18, 19): one rule per coverage key. Each is judged on the whole
// bill: a provision anywhere in it counts.

import type { Rule, RuleMeta } from './types';

interface Spec { key: string; meta: Omit<RuleMeta, 'family' | 'keys' | 'tag'> & { tag?: RuleMeta['tag'] }; message: string }

const SPECS: Spec[] = [
  { key: 'non_penalization', message: 'The bill has no provision shielding victims from prosecution or punishment for offences they were compelled to commit as a direct consequence of being trafficked (A/RES/72/1, para 8).', meta: {
    code: 'non-penalization-missing', title: 'No non-penalization of victims', severity: 'warning', profiles: { COE: 'error', EU: 'error' }, paragraphs: ['8'],
    refs: ['CoE Convention, art. 26', 'EU Directive 2011/36, art. 8', 'ACTIP, art. 14(7)'],
    hover: 'Add a non-punishment provision so identified victims are not penalized for unlawful acts they were compelled to commit as a direct consequence of being trafficked (para 8).',
    explain: 'Victims are often made to commit offences — using false papers, selling drugs, working illegally. Punishing them hands traffickers a tool of control. Example: "A victim of trafficking shall not be prosecuted or punished for an offence committed as a direct consequence of having been trafficked."' } },
  { key: 'victim.assistance', message: 'The bill provides no care, assistance or services for the recovery and rehabilitation of victims (A/RES/72/1, para 8).', meta: {
    code: 'victim-assistance-missing', title: 'No victim assistance', severity: 'error', billTypes: { 'penal-amendment': 'info' }, paragraphs: ['8'],
    refs: ['Protocol, art. 6(3)'], hover: 'The bill provides no care, assistance or services for victims’ recovery and rehabilitation, which para 8 commits States to provide.',
    explain: 'Shelter, medical and psychological care, legal information and help to rebuild a life are what let survivors recover — and testify. Example: "Every victim is entitled to safe accommodation, medical and psychological assistance …, regardless of whether they cooperate with the authorities."' } },
  { key: 'victim.protection_in_proceedings', message: 'The bill has no measures protecting victims in criminal proceedings (A/RES/72/1, para 8).', meta: {
    code: 'victim-proceedings-missing', title: 'No protection in criminal proceedings', severity: 'warning', billTypes: { 'penal-amendment': 'info' }, paragraphs: ['8'],
    refs: ['Protocol, art. 6(2)', 'Protocol, art. 6(5)'], hover: 'Victims must be informed of proceedings, heard, and protected from intimidation and secondary victimisation in criminal proceedings (para 8).',
    explain: 'Testifying against a trafficker is dangerous and traumatic. The bill should provide information on proceedings, witness protection, testimony by video link and no unnecessary repeated interviews. Example: "The court may allow a victim to give evidence by video link or from behind a screen."' } },
  { key: 'victim.privacy', message: 'The bill does not protect the privacy and identity of victims (A/RES/72/1, para 8).', meta: {
    code: 'victim-privacy-missing', title: 'No protection of victims’ privacy', severity: 'warning', billTypes: { 'penal-amendment': 'info' }, paragraphs: ['8', '16'],
    refs: ['Protocol, art. 6(1)'], hover: 'Protect victims’ privacy and identity, including confidential proceedings and a ban on disclosing identifying information.',
    explain: 'Publishing a victim’s name exposes them to reprisals and stigma. Example: "No person shall publish any information that may lead to the identification of a victim."' } },
  { key: 'victim.residence_status', message: 'The bill does not let foreign victims remain in the country, temporarily or permanently (A/RES/72/1, paras 8 and 18).', meta: {
    code: 'victim-residence-missing', title: 'No residence status for foreign victims', severity: 'warning', profiles: { COE: 'error' }, billTypes: { 'penal-amendment': 'info' }, paragraphs: ['8', '18'],
    refs: ['Protocol, art. 7'], hover: 'Consider allowing victims to remain temporarily or permanently, giving weight to humanitarian and compassionate factors (Protocol art. 7).',
    explain: 'A victim who fears deportation will not come forward. A reflection period and a residence permit let them recover and decide whether to cooperate. Example: "A foreign victim shall be granted a recovery and reflection period of at least 30 days, during which no removal order may be enforced."' } },
  { key: 'victim.compensation', message: 'The bill offers victims no possibility of obtaining compensation (A/RES/72/1, para 8).', meta: {
    code: 'victim-compensation-missing', title: 'No compensation for victims', severity: 'error', billTypes: { 'penal-amendment': 'warning' }, paragraphs: ['8'],
    refs: ['Protocol, art. 6(6)'], hover: 'Domestic law must offer victims the possibility of obtaining compensation for damage suffered (Protocol art. 6(6), a "shall ensure" obligation).',
    explain: 'Compensation — from the offender, or from a State fund when the offender cannot pay — covers unpaid wages, medical costs and harm. Example: "On conviction, the court shall order the offender to pay the victim compensation …"' } },
  { key: 'child.best_interests', message: 'The bill does not make the best interests of the child a primary consideration for child victims (A/RES/72/1, para 19).', meta: {
    code: 'child-best-interests-missing', title: 'No best-interests-of-the-child standard', severity: 'warning', billTypes: { 'penal-amendment': 'info' }, paragraphs: ['19'],
    refs: ['CRC, art. 3', 'CoE Convention, art. 28(3)'], hover: 'Decisions about child victims must be guided by the best interests of the child as a primary consideration (para 19).',
    explain: 'Every decision about a child victim — shelter, return, testimony — should put the child’s best interests first. Example: "In all actions concerning a child victim, the best interests of the child shall be a primary consideration."' } },
];

export const safeguardRules: Rule[] = SPECS.map(s => ({
  meta: { tag: 'K', ...s.meta, family: 'safeguards', keys: [s.key] } as RuleMeta,
  run(ctx) {
    const a = ctx.analysis;
    if (a.coverage[s.key].present || !a.text.trim()) return;
    // Anchor on the bill's title or first heading: a missing provision has no place of its own.
    const first = a.provisions[0];
    const span = first ? first.headerSpan : { start: 0, end: a.lines.lineEnd(0) };
    ctx.report({ span, message: s.message, confidence: 'medium', keys: [s.key] });
  },
}));
