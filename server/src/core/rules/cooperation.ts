// Cooperation, jurisdiction and financial investigation (A/RES/72/1 para 10; DOMAIN §3.13). Jurisdiction
// is often in the general part: `assumeGeneralPart` downgrades it to info.

import { hasOffence, missingRules } from './checklist';

const PA = { 'penal-amendment': 'info' } as const;
const VP = { 'victim-protection': 'info' } as const;

export const cooperationRules = missingRules('cooperation', [
  { key: 'cooperation.mla', message: 'The bill gives no basis for mutual legal assistance in trafficking and connected crimes (A/RES/72/1, para 10).', meta: {
    code: 'mutual-legal-assistance-missing', title: 'No mutual legal assistance', severity: 'warning', billTypes: { ...PA, ...VP }, paragraphs: ['10'], refs: ['UNTOC, art. 18'],
    hover: 'Provide a legal basis for mutual legal assistance in trafficking and connected crimes (money-laundering, corruption, smuggling).', explain: 'Trafficking crosses borders; evidence does too. Example: "The Attorney General may request and grant mutual legal assistance in investigations of offences under this Act."' } },
  { key: 'cooperation.extradition', when: hasOffence, message: 'Trafficking is not made an extraditable offence (A/RES/72/1, para 10).', meta: {
    code: 'extradition-missing', title: 'No extradition', severity: 'warning', billTypes: { ...PA, ...VP }, paragraphs: ['10'], refs: ['UNTOC, art. 16'],
    hover: 'Make trafficking an extraditable offence and enable cooperation with origin, transit and destination States.', explain: 'Example: "An offence under this Act is an extraditable offence."' } },
  { key: 'cooperation.information_exchange', message: 'The bill has no basis for exchanging information among law-enforcement, immigration and other authorities (A/RES/72/1, para 10).', meta: {
    code: 'information-exchange-missing', title: 'No information exchange', severity: 'info', billTypes: PA, paragraphs: ['10'], refs: ['Protocol, art. 10(1)'],
    hover: 'Provide for information exchange among law-enforcement, immigration and other authorities, domestically and internationally, within data-protection rules.', explain: 'Example: "Law-enforcement, immigration and labour authorities shall share information on suspected trafficking, subject to the Data Protection Act."' } },
  { key: 'cooperation.jurisdiction', when: hasOffence, message: 'The bill establishes no jurisdiction over trafficking committed abroad by or against nationals (A/RES/72/1, para 10).', meta: {
    code: 'jurisdiction-missing', title: 'No extraterritorial jurisdiction', severity: 'warning', billTypes: VP, generalPart: true, paragraphs: ['10'], refs: ['UNTOC, art. 15', 'CoE Convention, art. 31'],
    hover: 'Establish jurisdiction over offences committed abroad by or against nationals, and enable "extradite or prosecute".', explain: 'Example: "A citizen who commits an act outside the country that would be an offence under this Act commits that offence."' } },
  { key: 'cooperation.money_laundering', when: hasOffence, message: 'The bill does not make trafficking a predicate offence for money-laundering (A/RES/72/1, para 10).', meta: {
    code: 'money-laundering-missing', title: 'Not a money-laundering predicate', severity: 'warning', billTypes: { ...PA, ...VP }, paragraphs: ['10'], refs: ['UNTOC, art. 6', 'FATF designated categories of offences'],
    hover: 'Ensure trafficking is a predicate offence for money-laundering so financial flows can be pursued (para 10).', explain: 'Example: "An offence under this Act is a predicate offence for the purposes of the Anti-Money Laundering Act."' } },
  { key: 'cooperation.financial_investigation', message: 'The bill enables no financial investigations or special investigative techniques to follow the money (A/RES/72/1, para 10).', meta: {
    code: 'financial-investigation-missing', title: 'No financial investigation', severity: 'info', billTypes: PA, paragraphs: ['10'], refs: ['UNTOC, art. 20', 'EU Directive 2011/36, art. 9(4)'],
    hover: 'Consider enabling financial investigations and special investigative techniques to follow the money and detect networks.', explain: 'Example: "Investigators may conduct financial investigations and, with judicial authorization, use controlled deliveries and undercover operations."' } },
  { key: 'cooperation.documents', when: hasOffence, message: 'Withholding, destroying or forging a person’s identity or travel documents is not an offence.', meta: {
    code: 'document-offence-missing', title: 'No offence of withholding documents', severity: 'warning', billTypes: VP, paragraphs: ['10'], refs: ['UNODC Model Law, art. 15', 'CoE Convention, art. 20', 'Protocol, arts 12–13'],
    hover: 'Criminalize withholding, destroying or forging a person’s identity or travel documents in connection with trafficking.', explain: 'Taking a worker’s passport is how many traffickers keep control. Example: "A person who conceals, removes, withholds or destroys another person’s passport or identity document, for the purpose of trafficking, commits an offence."' } },
]);
