// Ancillary liability (A/RES/72/1 para 10; Protocol art. 5(2); DOMAIN §3.5). Attempt, complicity,
// organizing and corporate liability are often in the general part of the penal code, which the checker
// cannot see: `assumeGeneralPart` downgrades these to info. Judged only where the bill has an offence.

import { hasOffence, missingRules } from './checklist';

const VP = { 'victim-protection': 'info' } as const;

export const liabilityRules = missingRules('liability', [
  { key: 'liability.attempt', when: hasOffence, message: 'The bill does not criminalize attempted trafficking (Protocol art. 5(2)(a); A/RES/72/1, para 10).', meta: {
    code: 'attempt-missing', title: 'Attempt not criminalized', severity: 'warning', billTypes: VP, generalPart: true, paragraphs: ['10'], refs: ['Protocol, art. 5(2)(a)', 'UNODC Model Law, art. 14'],
    hover: 'Attempting to commit trafficking should be criminalized (Protocol art. 5(2)(a)); confirm the general part covers it.', explain: 'Police often intervene before exploitation begins. Example: "A person who attempts to commit an offence under section 3 commits an offence."' } },
  { key: 'liability.accomplice', when: hasOffence, message: 'The bill does not criminalize participation as an accomplice (Protocol art. 5(2)(b)).', meta: {
    code: 'accomplice-missing', title: 'Complicity not criminalized', severity: 'warning', billTypes: VP, generalPart: true, paragraphs: ['10'], refs: ['Protocol, art. 5(2)(b)', 'UNODC Model Law, art. 12'],
    hover: 'Participation as an accomplice should be criminalized (Protocol art. 5(2)(b)).', explain: 'Drivers, landlords and document forgers make trafficking possible. Example: "A person who aids, abets, counsels or procures an offence under this Part commits an offence."' } },
  { key: 'liability.organizing', when: hasOffence, message: 'The bill does not criminalize organizing or directing others to commit trafficking (Protocol art. 5(2)(c)).', meta: {
    code: 'organizing-missing', title: 'Organizing not criminalized', severity: 'warning', billTypes: VP, generalPart: true, paragraphs: ['10'], refs: ['Protocol, art. 5(2)(c)', 'UNODC Model Law, art. 13'],
    hover: 'Organizing or directing others to commit trafficking should be criminalized (Protocol art. 5(2)(c)).', explain: 'The organizers rarely touch a victim. Example: "A person who organizes or directs another person to commit an offence under section 3 commits an offence."' } },
  { key: 'liability.legal_person', when: hasOffence, message: 'Companies and other legal persons are not liable for trafficking (UNTOC art. 10; A/RES/72/1, paras 10 and 25).', meta: {
    code: 'legal-person-liability-missing', title: 'No liability of legal persons', severity: 'warning', profiles: { EU: 'error' }, billTypes: VP, generalPart: true, paragraphs: ['10', '25'], refs: ['UNTOC, art. 10', 'CoE Convention, art. 22', 'EU Directive 2011/36, arts 5–6'],
    hover: 'Companies and other legal persons should be liable (criminally, civilly or administratively) with effective sanctions (UNTOC art. 10).', explain: 'Recruitment agencies and employers profit from trafficking. Example: "Where an offence is committed by a body corporate, it is liable to a fine and may be dissolved or barred from public contracts."' } },
  { key: 'liability.public_official', when: hasOffence, message: 'Trafficking by a public official is not an aggravating circumstance (A/RES/72/1, para 10 on corruption).', meta: {
    code: 'public-official-aggravation-missing', title: 'No aggravation for public officials', severity: 'warning', billTypes: VP, paragraphs: ['10'], refs: ['CoE Convention, art. 24(c)', 'EU Directive 2011/36, art. 4(3)'],
    hover: 'Trafficking by a public official in the performance of duties should be an aggravating circumstance (corruption link, para 10).', explain: 'Complicit officials make trafficking possible at borders. Example: "The penalty is increased where the offender is a public official acting in the exercise of his or her functions."' } },
]);
