// Victim protection (A/RES/72/1 paras 8, 18, 19; Protocol arts 6–8; DOMAIN §3.8–3.11): identification,
// assistance and recovery, access to justice and protection in proceedings, privacy, residence and return,
// compensation, children. A bill amending only the penal code is not blamed for lacking a shelter: these
// rules drop to info for `penal-amendment`.

import { missingRules, type MissingSpec } from './checklist';

const PA = { 'penal-amendment': 'info' } as const;

const SPECS: MissingSpec[] = [
  { key: 'victim.assistance', message: 'The bill provides no care, assistance or services for the recovery and rehabilitation of victims (A/RES/72/1, para 8).', meta: {
    code: 'victim-assistance-missing', title: 'No victim assistance', severity: 'error', billTypes: PA, paragraphs: ['8'],
    refs: ['Protocol, art. 6(3)', 'CoE Convention, art. 12', 'EU Directive 2011/36, art. 11'], hover: 'The bill provides no care, assistance or services for victims’ recovery and rehabilitation, which para 8 commits States to provide.',
    explain: 'Shelter, medical and psychological care, legal information and help to rebuild a life are what let survivors recover — and testify. Example: "Every victim is entitled to safe accommodation, medical and psychological assistance …, regardless of whether they cooperate with the authorities."' } },
  { key: 'victim.protection_in_proceedings', message: 'The bill has no measures protecting victims in criminal proceedings (A/RES/72/1, para 8).', meta: {
    code: 'victim-proceedings-missing', title: 'No protection in criminal proceedings', severity: 'warning', billTypes: PA, paragraphs: ['8'],
    refs: ['Protocol, art. 6(2)', 'Protocol, art. 6(5)'], hover: 'Victims must be informed of proceedings, heard, and protected from intimidation and secondary victimisation in criminal proceedings (para 8).',
    explain: 'Testifying against a trafficker is dangerous and traumatic. The bill should provide information on proceedings, witness protection, testimony by video link and no unnecessary repeated interviews. Example: "The court may allow a victim to give evidence by video link or from behind a screen."' } },
  { key: 'victim.privacy', message: 'The bill does not protect the privacy and identity of victims (A/RES/72/1, para 8).', meta: {
    code: 'victim-privacy-missing', title: 'No protection of victims’ privacy', severity: 'warning', billTypes: PA, paragraphs: ['8', '16'],
    refs: ['Protocol, art. 6(1)', 'UNODC Model Law, art. 16'], hover: 'Protect victims’ privacy and identity, including confidential proceedings and a ban on disclosing identifying information.',
    explain: 'Publishing a victim’s name exposes them to reprisals and stigma. Example: "No person shall publish any information that may lead to the identification of a victim."' } },
  { key: 'victim.residence_status', message: 'The bill does not let foreign victims remain in the country, temporarily or permanently (A/RES/72/1, paras 8 and 18).', meta: {
    code: 'victim-residence-missing', title: 'No residence status for foreign victims', severity: 'warning', profiles: { COE: 'error' }, billTypes: PA, paragraphs: ['8', '18'],
    refs: ['Protocol, art. 7', 'CoE Convention, art. 14'], hover: 'Consider allowing victims to remain temporarily or permanently, giving weight to humanitarian and compassionate factors (Protocol art. 7).',
    explain: 'A victim who fears deportation will not come forward. A reflection period and a residence permit let them recover and decide whether to cooperate. Example: "A foreign victim shall be granted a recovery and reflection period of at least 30 days, during which no removal order may be enforced."' } },
  { key: 'victim.compensation', message: 'The bill offers victims no possibility of obtaining compensation (A/RES/72/1, para 8).', meta: {
    code: 'victim-compensation-missing', title: 'No compensation for victims', severity: 'error', billTypes: { 'penal-amendment': 'warning' }, paragraphs: ['8'],
    refs: ['Protocol, art. 6(6)', 'UNTOC, art. 25(2)'], hover: 'Domestic law must offer victims the possibility of obtaining compensation for damage suffered (Protocol art. 6(6), a "shall ensure" obligation).',
    explain: 'Compensation — from the offender, or from a State fund when the offender cannot pay — covers unpaid wages, medical costs and harm. Example: "On conviction, the court shall order the offender to pay the victim compensation …"' } },
  { key: 'child.best_interests', message: 'The bill does not make the best interests of the child a primary consideration for child victims (A/RES/72/1, para 19).', meta: {
    code: 'child-best-interests-missing', title: 'No best-interests-of-the-child standard', severity: 'warning', billTypes: PA, paragraphs: ['19'],
    refs: ['CRC, art. 3', 'CoE Convention, art. 28(3)'], hover: 'Decisions about child victims must be guided by the best interests of the child as a primary consideration (para 19).',
    explain: 'Every decision about a child victim — shelter, return, testimony — should put the child’s best interests first. Example: "In all actions concerning a child victim, the best interests of the child shall be a primary consideration."' } },
  // Identification (¶8, ¶18)
  { key: 'victim.identification', message: 'The bill does not say how victims are identified and referred to assistance (A/RES/72/1, paras 8 and 18).', meta: {
    code: 'victim-identification-missing', title: 'No identification and referral of victims', severity: 'warning', profiles: { COE: 'error', EU: 'error', ASEAN: 'error' }, billTypes: PA, paragraphs: ['8', '18'],
    refs: ['CoE Convention, art. 10', 'EU Directive 2011/36, art. 11(4)', 'ACTIP, art. 14(1)'], hover: 'Set out how victims are identified and referred (procedures, competent authority, national referral mechanism), including proactive identification.',
    explain: 'Unidentified victims are treated as offenders or irregular migrants. Example: "The competent authority shall identify victims using published indicators and refer them to assistance within 24 hours."' } },
  { key: 'victim.reasonable_grounds', parent: 'victim.identification', message: 'Assistance and protection seem to start only after formal identification; they should start as soon as there are reasonable grounds to believe a person is a victim.', meta: {
    code: 'victim-identification-formal-only', title: 'Protection only after formal identification', severity: 'warning', profiles: { COE: 'error', EU: 'error' }, billTypes: PA, paragraphs: ['8'],
    refs: ['CoE Convention, art. 10(2)', 'EU Directive 2011/36, art. 11(2)'], hover: 'Assistance and protection from removal should start as soon as there are reasonable grounds to believe a person is a victim.',
    explain: 'Formal identification can take months. Example: "A person shall receive assistance as soon as there are reasonable grounds to believe that the person is a victim."' } },
  // Assistance details (¶8): judged only when the bill has an assistance provision.
  { key: 'victim.housing', parent: 'victim.assistance', message: 'The assistance provided does not include safe accommodation.', meta: {
    code: 'victim-housing-missing', title: 'No safe accommodation', severity: 'warning', billTypes: PA, paragraphs: ['8'], refs: ['Protocol, art. 6(3)(a)', 'CoE Convention, art. 12(1)(a)'],
    hover: 'Assistance should include appropriate and safe accommodation.', explain: 'A victim with nowhere to go returns to the trafficker. Example: "… appropriate and safe accommodation …"' } },
  { key: 'victim.health', parent: 'victim.assistance', message: 'The assistance provided does not include medical and psychological care.', meta: {
    code: 'victim-health-missing', title: 'No medical or psychological care', severity: 'warning', billTypes: PA, paragraphs: ['8'], refs: ['Protocol, art. 6(3)(c)', 'CoE Convention, art. 12(1)(b)'],
    hover: 'Assistance should include medical, psychological and material assistance.', explain: 'Trafficking leaves injuries and trauma. Example: "… emergency medical treatment, psychological assistance and counselling …"' } },
  { key: 'victim.information_language', parent: 'victim.assistance', message: 'Victims are not guaranteed information on their rights in a language they understand, or interpretation.', meta: {
    code: 'victim-information-language-missing', title: 'No information in a language the victim understands', severity: 'warning', billTypes: PA, paragraphs: ['8'], refs: ['Protocol, art. 6(3)(b)', 'CoE Convention, art. 12(1)(c)–(d)'],
    hover: 'Victims must receive counselling and information on their legal rights in a language they understand, with interpretation.', explain: 'Rights a victim cannot understand are not rights. Example: "… information on their rights and the services available, in a language they understand, with free interpretation."' } },
  { key: 'victim.employment_education', parent: 'victim.assistance', message: 'Recovery does not include access to employment, education or training.', meta: {
    code: 'victim-reintegration-missing', title: 'No employment, education or training', severity: 'info', billTypes: PA, paragraphs: ['8'], refs: ['Protocol, art. 6(3)(d)'],
    hover: 'Consider employment, educational and training opportunities as part of recovery and reintegration.', explain: 'Without income, victims are re-trafficked. Example: "… access to the labour market, vocational training and education."' } },
  { key: 'victim.unconditional', parent: 'victim.assistance', message: 'The bill does not say that assistance is independent of the victim’s willingness to cooperate with the authorities.', meta: {
    code: 'victim-assistance-conditional', title: 'Assistance may depend on cooperation', severity: 'warning', profiles: { COE: 'error', EU: 'error' }, billTypes: PA, paragraphs: ['8'], refs: ['CoE Convention, art. 12(6)', 'EU Directive 2011/36, art. 11(3)'],
    hover: 'Assistance must not be conditional on the victim’s willingness to cooperate in investigations or proceedings.', explain: 'Help offered only in exchange for testimony is coercion. Example: "Assistance shall not be conditional on the victim’s willingness to cooperate in any investigation or proceedings."' } },
  { key: 'victim.special_needs', parent: 'victim.assistance', message: 'Assistance does not take account of age, gender, disability or special needs.', meta: {
    code: 'victim-special-needs-missing', title: 'Assistance not adapted to age, gender and special needs', severity: 'warning', billTypes: PA, paragraphs: ['18', '19'], refs: ['Protocol, art. 6(4)', 'EU Directive 2011/36, art. 11(1)'],
    hover: 'Assistance should take into account age, gender and special needs (Protocol art. 6(4)).', explain: 'A child, a man in forced labour and a woman exploited in prostitution need different help. Example: "… taking into account the victim’s age, gender, disability and special needs."' } },
  { key: 'victim.civil_society', parent: 'victim.assistance', message: 'The bill gives no role to civil society or non-governmental organizations in assisting victims.', meta: {
    code: 'victim-ngo-missing', title: 'No cooperation with civil society', severity: 'info', billTypes: PA, paragraphs: ['8', '24'], refs: ['Protocol, art. 6(3)', 'Protocol, art. 9(3)'],
    hover: 'Para 8 commits to providing care "working with civil society"; provide a legal basis for cooperation with NGOs.', explain: 'Most shelters are run by NGOs. Example: "The Agency may enter into agreements with non-governmental organizations to provide assistance."' } },
  { key: 'victim.revictimization', message: 'The bill has no measure against revictimization or re-trafficking (A/RES/72/1, paras 8 and 19).', meta: {
    code: 'victim-revictimization-missing', title: 'No protection from revictimization', severity: 'info', billTypes: PA, paragraphs: ['8', '19'], refs: ['Protocol, art. 9(1)(b)'],
    hover: 'Paras 8 and 19 call for protection against (re)victimization, including by authorities, communities and families.', explain: 'Repeated interviews, detention and stigma harm victims again. Example: "Authorities shall avoid secondary victimization, including repeated interviews."' } },
  { key: 'victim.survivor_voice', message: 'Survivors have no voice in designing, implementing or monitoring the response (A/RES/72/1, paras 8 and 25).', meta: {
    code: 'survivor-voice-missing', title: 'Survivors not consulted', severity: 'info', billTypes: PA, paragraphs: ['8', '25'], refs: [],
    hover: 'Paras 8 and 25 call for survivors’ perspectives in designing, implementing and monitoring responses.', explain: 'Survivors are "agents of change" (para 8). Example: "The Council shall include at least two survivors of trafficking."' } },
  // Access to justice and proceedings (¶8)
  { key: 'victim.proceedings_information', message: 'Victims have no right to information about the relevant court and administrative proceedings (A/RES/72/1, para 8).', meta: {
    code: 'victim-information-proceedings-missing', title: 'No information on proceedings', severity: 'warning', billTypes: PA, paragraphs: ['8'], refs: ['Protocol, art. 6(2)(a)'],
    hover: 'Victims must be informed about relevant court and administrative proceedings (Protocol art. 6(2)(a), a "shall ensure" obligation).', explain: 'A victim who does not know the trial date, or that the offender was released, cannot take part or stay safe. Example: "The prosecutor shall inform the victim of the progress of the proceedings and of the release of the offender."' } },
  { key: 'victim.views', message: 'Victims cannot present their views and concerns in criminal proceedings (A/RES/72/1, para 8).', meta: {
    code: 'victim-views-missing', title: 'Victims’ views not heard', severity: 'warning', billTypes: PA, paragraphs: ['8'], refs: ['Protocol, art. 6(2)(b)'],
    hover: 'Victims must be assisted to present their views and concerns at appropriate stages of criminal proceedings, without prejudice to the defence (Protocol art. 6(2)(b)).', explain: 'Example: "The victim may make a victim impact statement and be heard before sentencing."' } },
  { key: 'victim.legal_aid', message: 'Victims have no right to legal counselling and representation (A/RES/72/1, para 8: access to justice).', meta: {
    code: 'victim-legal-aid-missing', title: 'No legal aid for victims', severity: 'warning', profiles: { COE: 'error', EU: 'error' }, billTypes: PA, paragraphs: ['8'], refs: ['CoE Convention, art. 15(2)', 'EU Directive 2011/36, art. 12(2)'],
    hover: 'Access to justice requires legal counselling and representation, free of charge where the victim lacks means.', explain: 'Example: "Every victim is entitled to free legal assistance and representation in criminal, civil and immigration proceedings."' } },
  { key: 'victim.safety', message: 'The bill does not protect the physical safety of victims and witnesses from retaliation or intimidation (A/RES/72/1, para 8).', meta: {
    code: 'victim-safety-missing', title: 'No physical protection of victims and witnesses', severity: 'warning', billTypes: PA, paragraphs: ['8'], refs: ['Protocol, art. 6(5)', 'UNTOC, arts 24–25', 'CoE Convention, art. 28'],
    hover: 'Provide for victims’ and witnesses’ physical safety and protection from retaliation or intimidation, including family members where needed.', explain: 'Example: "The police shall take measures to protect a victim, a witness and their family members from retaliation or intimidation."' } },
  { key: 'victim.testimony_measures', message: 'The bill has no measures against secondary victimization when victims give evidence (video link, screens, no repeated interviews).', meta: {
    code: 'victim-testimony-measures-missing', title: 'No protective measures when testifying', severity: 'warning', billTypes: PA, paragraphs: ['8', '19'], refs: ['EU Directive 2011/36, arts 12(4), 15', 'UNTOC, art. 24(2)'],
    hover: 'Add protective measures in proceedings (testimony by video link, no visual contact with the accused, no unnecessary repeated interviews).', explain: 'Example: "The court may allow a victim to give evidence by video link or from behind a screen, and in camera."' } },
  { key: 'victim.compensation_fund', parent: 'victim.compensation', message: 'Compensation depends on the offender paying; there is no State fund or scheme when the offender cannot.', meta: {
    code: 'victim-compensation-fund-missing', title: 'No State compensation fund', severity: 'info', profiles: { COE: 'warning' }, billTypes: PA, paragraphs: ['8', '11'], refs: ['CoE Convention, art. 15(4)'],
    hover: 'Consider a State fund or scheme guaranteeing compensation when the offender cannot pay.', explain: 'Traffickers hide their assets. Example: "A Victims Trust Fund is established to pay compensation that an offender fails to pay."' } },
  { key: 'victim.detention', message: 'Nothing prevents identified victims from being held in immigration detention or "protective" custody.', meta: {
    code: 'victim-detention-missing', title: 'No bar on detaining victims', severity: 'info', profiles: { ASEAN: 'warning' }, billTypes: PA, paragraphs: ['8'], refs: ['ACTIP, art. 14(8)', 'OHCHR Recommended Principles, principle 7'],
    hover: 'Identified victims should not be held in detention or prison before, during or after proceedings.', explain: 'Example: "A victim shall not be held in an immigration detention centre or any other form of custody."' } },
  // Residence and return (¶8, ¶18)
  { key: 'victim.reflection_period', message: 'Foreign victims get no recovery and reflection period during which they cannot be removed.', meta: {
    code: 'victim-reflection-period-missing', title: 'No recovery and reflection period', severity: 'info', profiles: { COE: 'error', EU: 'warning' }, billTypes: PA, paragraphs: ['8'], refs: ['CoE Convention, art. 13'],
    hover: 'Provide a recovery and reflection period (at least 30 days under CoE art. 13) during which the person cannot be removed.', explain: 'Example: "A foreign victim shall be granted a recovery and reflection period of at least 30 days, during which no removal order may be enforced."' } },
  { key: 'victim.repatriation', message: 'The bill does not regulate the safe return of victims (A/RES/72/1, para 8).', meta: {
    code: 'victim-repatriation-missing', title: 'No safe repatriation', severity: 'warning', billTypes: PA, paragraphs: ['8'], refs: ['Protocol, art. 8', 'CoE Convention, art. 16', 'ACTIP, art. 15'],
    hover: 'Regulate return: accept nationals without undue delay, issue travel documents, and return foreign victims with due regard for their safety, preferably voluntarily.', explain: 'Example: "The return of a victim shall be voluntary where possible and take due account of the victim’s safety and of any pending proceedings."' } },
  { key: 'victim.asylum', message: 'The bill does not preserve the right to seek asylum and the principle of non-refoulement (A/RES/72/1, para 18).', meta: {
    code: 'refugee-saving-clause-missing', title: 'No asylum saving clause', severity: 'info', billTypes: PA, paragraphs: ['18'], refs: ['Protocol, art. 14(1)'],
    hover: 'State that nothing in the law affects the right to seek asylum and the principle of non-refoulement (Protocol art. 14).', explain: 'Example: "Nothing in this Act affects the rights of victims under international refugee law, including the principle of non-refoulement."' } },
  { key: 'victim.displaced', message: 'The bill has no targeted identification of victims among refugees, migrants and displaced persons (A/RES/72/1, para 18).', meta: {
    code: 'displaced-identification-missing', title: 'No identification among displaced persons', severity: 'info', billTypes: PA, paragraphs: ['18'], refs: [],
    hover: 'Provide for targeted identification of victims and at-risk persons among refugees, migrants and displaced people, with age- and gender-sensitive measures (para 18).', explain: 'Example: "Reception centres for asylum seekers shall screen arrivals for indicators of trafficking."' } },
  // Children (¶19)
  { key: 'child.guardian', message: 'Unaccompanied or separated child victims get no guardian or legal representative (A/RES/72/1, para 19).', meta: {
    code: 'child-guardian-missing', title: 'No guardian for child victims', severity: 'warning', profiles: { COE: 'error', EU: 'error' }, billTypes: PA, paragraphs: ['19'], refs: ['CoE Convention, art. 10(4)', 'EU Directive 2011/36, arts 14(2), 16(3)'],
    hover: 'Appoint a guardian or legal representative for unaccompanied or separated child victims without delay.', explain: 'Example: "An independent guardian shall be appointed without delay for every unaccompanied child victim."' } },
  { key: 'child.proceedings', message: 'The bill has no child-sensitive procedures for investigations and trials (A/RES/72/1, para 19).', meta: {
    code: 'child-proceedings-missing', title: 'No child-sensitive proceedings', severity: 'warning', billTypes: PA, paragraphs: ['8', '19'], refs: ['EU Directive 2011/36, art. 15', 'CoE Convention, art. 28(3)'],
    hover: 'Provide child-sensitive procedures (interviews by trained professionals in suitable premises, limited repetition, recorded testimony, closed hearings).', explain: 'Example: "Interviews with a child victim shall be conducted by specially trained professionals, recorded, and used as evidence."' } },
];

export const victimRules = missingRules('victims', SPECS);
