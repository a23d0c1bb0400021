// Prevention and demand (A/RES/72/1 paras 3, 9), ICT misuse (22), organ removal (23), business and
// supply chains (25); DOMAIN §3.12, §3.14. A penal-code amendment is not expected to set up programmes:
// these drop to info (or off) for `penal-amendment`.

import type { Analysis } from '../analysis';
import { missingRules } from './checklist';

const PA = { 'penal-amendment': 'info' } as const;
const PA_OFF = { 'penal-amendment': 'off' } as const;
const organPurpose = (a: Analysis) => !!a.coverage['purpose.removal_of_organs']?.present;

export const preventionRules = missingRules('prevention', [
  { key: 'prevention.measures', message: 'The bill establishes no prevention policies or programmes (research, awareness campaigns, social and economic initiatives) (A/RES/72/1, paras 3 and 4).', meta: {
    code: 'prevention-missing', title: 'No prevention measures', severity: 'warning', billTypes: PA, paragraphs: ['3', '4'], refs: ['Protocol, art. 9(1)–(3)'],
    hover: 'Establish prevention policies and programmes (research, information and media campaigns, social and economic initiatives), with civil society (Protocol art. 9).', explain: 'Example: "The Council shall run awareness campaigns for people at risk, in the languages they speak."' } },
  { key: 'prevention.demand', message: 'The bill has no measures to discourage the demand that fosters exploitation (A/RES/72/1, para 9).', meta: {
    code: 'demand-missing', title: 'No measures against demand', severity: 'warning', billTypes: PA, paragraphs: ['9'], refs: ['Protocol, art. 9(5)', 'CoE Convention, art. 6', 'EU Directive 2011/36, art. 18(1)'],
    hover: 'Adopt legislative or other measures (educational, social, cultural) to discourage the demand that fosters exploitation (Protocol art. 9(5); para 9).', explain: 'Example: "The Ministry shall adopt measures to discourage the demand for services of exploited persons, including in public procurement."' } },
  { key: 'prevention.knowing_use', message: 'Knowingly using the services of a trafficking victim is not an offence (A/RES/72/1, para 9: legislative and punitive measures against demand).', meta: {
    code: 'knowing-use-offence-missing', title: 'No offence of knowingly using a victim’s services', severity: 'info', profiles: { COE: 'warning', EU: 'error' }, paragraphs: ['9'], refs: ['CoE Convention, art. 19', 'EU Directive 2011/36, art. 18a (2024)'],
    hover: 'Consider criminalizing the use of services of a person known to be a trafficking victim (mandatory under the 2024 EU amendment).', explain: 'Example: "A person who uses services provided by a victim of trafficking, knowing that the person is a victim, commits an offence."' } },
  { key: 'prevention.recruitment_regulation', message: 'The bill does not regulate labour recruiters or prohibit recruitment fees charged to workers.', meta: {
    code: 'recruitment-regulation-missing', title: 'No regulation of recruiters', severity: 'info', billTypes: PA, paragraphs: ['3', '25'], refs: ['ILO General principles for fair recruitment'],
    hover: 'Consider regulating recruitment agencies and prohibiting recruitment fees charged to workers.', explain: 'Debt from recruitment fees is a common means of control. Example: "No recruitment agency shall charge a worker any fee for recruitment or placement."' } },
  { key: 'prevention.ict', message: 'The bill does not address the misuse of information and communication technologies to recruit, advertise or exploit victims (A/RES/72/1, para 22).', meta: {
    code: 'ict-misuse-missing', title: 'No provision on ICT misuse', severity: 'warning', paragraphs: ['22'], refs: ['EU Directive 2011/36 as amended in 2024'],
    hover: 'Address the misuse of information and communication technologies to recruit, advertise or exploit victims (para 22).', explain: 'Most recruitment now happens online. Example: "The offence may be committed by any means, including online, and advertising a person for exploitation is an offence."' } },
  { key: 'prevention.business', message: 'The bill imposes no supply-chain transparency or due-diligence duties on businesses (A/RES/72/1, para 25).', meta: {
    code: 'supply-chain-missing', title: 'No business supply-chain duties', severity: 'info', billTypes: PA_OFF, paragraphs: ['25'], refs: ['UK Modern Slavery Act 2015, s. 54', 'EU Directive 2024/1760'],
    hover: 'Consider supply-chain transparency or due-diligence duties for businesses (para 25).', explain: 'Example: "A company with a turnover above the threshold shall publish an annual statement of the steps taken to ensure that trafficking does not occur in its supply chains."' } },
  { key: 'prevention.procurement', message: 'Public procurement does not exclude convicted traffickers or require anti-trafficking clauses (A/RES/72/1, para 25).', meta: {
    code: 'procurement-missing', title: 'No procurement safeguards', severity: 'info', billTypes: PA_OFF, paragraphs: ['25'], refs: ['EU Directive 2011/36 as amended in 2024'],
    hover: 'Consider excluding convicted traffickers and companies from public contracts and funding, and requiring anti-trafficking clauses in procurement.', explain: 'Example: "A person convicted of an offence under this Act is excluded from public contracts for five years."' } },
  { key: 'prevention.organ_medical', when: organPurpose, message: 'The bill covers trafficking for organ removal but has no sanctions for medical personnel and facilities involved (A/RES/72/1, para 23).', meta: {
    code: 'organ-medical-actors-missing', title: 'No sanctions for medical actors in organ trafficking', severity: 'info', paragraphs: ['23'], refs: ['CoE Convention against Trafficking in Human Organs (CETS 216)'],
    hover: 'Consider aggravated penalties and professional or licensing sanctions for medical personnel and facilities involved in organ-removal trafficking (para 23).', explain: 'Example: "Where the offender is a health professional, the court may disqualify him or her from practice."' } },
]);
