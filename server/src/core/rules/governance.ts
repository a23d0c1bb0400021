// Data, training, coordination and monitoring (A/RES/72/1 paras 4, 11, 16, 20, 24, 26; DOMAIN §3.14).
// These build institutions; a penal-code amendment cannot, so they drop to info for `penal-amendment`.

import { missingRules } from './checklist';

const PA = { 'penal-amendment': 'info' } as const;
const PA_OFF = { 'penal-amendment': 'off' } as const;

export const governanceRules = missingRules('governance', [
  { key: 'governance.data_collection', message: 'The bill requires no systematic collection and publication of trafficking data (A/RES/72/1, para 16).', meta: {
    code: 'data-collection-missing', title: 'No data collection', severity: 'warning', profiles: { EU: 'error' }, billTypes: PA, paragraphs: ['16'], refs: ['EU Directive 2011/36, art. 19'],
    hover: 'Require systematic collection and publication of trafficking data (para 16).', explain: 'What is not counted is not addressed. Example: "The Agency shall collect and publish annually statistics on victims, prosecutions and convictions."' } },
  { key: 'governance.data_disaggregation', parent: 'governance.data_collection', message: 'Data are not disaggregated by sex, age and form of exploitation (A/RES/72/1, para 16).', meta: {
    code: 'data-disaggregation-missing', title: 'Data not disaggregated', severity: 'warning', billTypes: PA, paragraphs: ['16'], refs: ['Eurostat crim_thb'],
    hover: 'Data should be disaggregated by sex, age and form of exploitation (plus nationality and other relevant factors).', explain: 'Example: "… disaggregated by sex, age, nationality and form of exploitation."' } },
  { key: 'governance.data_protection', parent: 'governance.data_collection', message: 'Data collection has no data-protection or privacy safeguards (A/RES/72/1, para 16).', meta: {
    code: 'data-protection-missing', title: 'No data protection', severity: 'warning', billTypes: PA, paragraphs: ['16', '22'], refs: [],
    hover: 'Data collection must comply with data-protection law and privacy obligations (para 16).', explain: 'Example: "Personal data shall be processed in accordance with the Data Protection Act and published only in anonymized form."' } },
  { key: 'governance.training', message: 'The bill requires no training of officials on identifying and assisting victims and on investigating trafficking (A/RES/72/1, paras 10 and 20).', meta: {
    code: 'training-missing', title: 'No training of officials', severity: 'warning', billTypes: PA, paragraphs: ['10', '20'], refs: ['Protocol, art. 10(2)', 'CoE Convention, art. 29(3)', 'EU Directive 2011/36, art. 18(3)'],
    hover: 'Require training of officials on identifying and assisting victims, investigation and prosecution, human rights and gender- and child-sensitive approaches.', explain: 'Example: "Police, prosecutors, judges, labour inspectors and consular staff shall receive regular training on trafficking."' } },
  { key: 'governance.training_humanitarian', parent: 'governance.training', message: 'Training does not reach humanitarian, peacekeeping or consular personnel (A/RES/72/1, para 20).', meta: {
    code: 'training-humanitarian-missing', title: 'No training for humanitarian and consular staff', severity: 'info', billTypes: PA_OFF, paragraphs: ['20'], refs: [],
    hover: 'Consider training humanitarian, peacekeeping and consular personnel on trafficking, gender, child protection and sexual exploitation (para 20).', explain: 'Example: "… including personnel deployed in peacekeeping and humanitarian operations and consular staff."' } },
  { key: 'governance.rapporteur', message: 'The bill establishes no independent national rapporteur or equivalent mechanism to monitor implementation (A/RES/72/1, para 26).', meta: {
    code: 'rapporteur-missing', title: 'No independent monitoring body', severity: 'warning', profiles: { EU: 'error' }, billTypes: PA, paragraphs: ['26'], refs: ['EU Directive 2011/36, art. 19', 'CoE Convention, art. 29(4)'],
    hover: 'Establish an independent national rapporteur or equivalent mechanism to monitor implementation and report publicly (para 26).', explain: 'Example: "An independent National Rapporteur shall monitor the implementation of this Act and report annually to Parliament."' } },
  { key: 'governance.coordinator', message: 'The bill designates no national body to coordinate ministries, law enforcement and civil society (A/RES/72/1, paras 4 and 24).', meta: {
    code: 'coordinator-missing', title: 'No coordinating body', severity: 'warning', billTypes: PA, paragraphs: ['4', '24'], refs: ['CoE Convention, art. 29(2)'],
    hover: 'Designate a national coordinating body across ministries, law enforcement and civil society.', explain: 'Example: "A National Anti-Trafficking Council is established, composed of …"' } },
  { key: 'governance.action_plan', message: 'The bill provides for no national action plan or strategy (A/RES/72/1, para 4).', meta: {
    code: 'action-plan-missing', title: 'No national action plan', severity: 'warning', billTypes: PA, paragraphs: ['4'], refs: [],
    hover: 'Provide for a national action plan or strategy with periodic review (para 4).', explain: 'Example: "The Council shall adopt a national action plan every four years."' } },
  { key: 'governance.review', message: 'The bill provides for no periodic review of, or public reporting on, its implementation (A/RES/72/1, para 26).', meta: {
    code: 'review-missing', title: 'No periodic review', severity: 'info', billTypes: PA, paragraphs: ['26'], refs: [],
    hover: 'Consider periodic review and public reporting on implementation (para 26).', explain: 'Example: "The Minister shall report to Parliament on the operation of this Act every two years."' } },
  { key: 'governance.funding', message: 'The bill provides no resources for victim services and enforcement (A/RES/72/1, para 11).', meta: {
    code: 'funding-missing', title: 'No resourcing', severity: 'info', billTypes: PA_OFF, paragraphs: ['11'], refs: [],
    hover: 'Para 11 notes resources lag the challenge; consider dedicated funding for victim services and enforcement.', explain: 'Example: "Parliament shall appropriate funds for the implementation of this Act."' } },
]);
