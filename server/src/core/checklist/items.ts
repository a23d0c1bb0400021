// The checklist: every provision of A/RES/72/1 (and the Protocol articles it restates) that a bill can
// contain beyond the definition, as a coverage key with the lexicon cue that evidences it. Detection is
// data: the cue patterns live in data/lexicons/<lang>/safeguards.json. Judgements beyond a cue (the scope
// of a non-penalization clause, penalties) are in nonpenalization.ts and penalties.ts.

export interface Item {
  /** Coverage key in the JSON report. */
  key: string;
  /** Lexicon cue id. */
  cue: string;
  /** The item refines another: it is only judged (and only flagged) when the parent provision exists. */
  parent?: string;
}

const item = (key: string, parent?: string): Item => ({ key, cue: `check.${key}`, ...(parent ? { parent } : {}) });

/** The seven corpus safeguard keys keep their historical cue ids. */
export const CORPUS_ITEMS: Item[] = [
  { key: 'non_penalization', cue: 'safeguard.non_penalization' },
  { key: 'victim.assistance', cue: 'safeguard.assistance' },
  { key: 'victim.protection_in_proceedings', cue: 'safeguard.protection_in_proceedings' },
  { key: 'victim.privacy', cue: 'safeguard.privacy' },
  { key: 'victim.residence_status', cue: 'safeguard.residence_status' },
  { key: 'victim.compensation', cue: 'safeguard.compensation' },
  { key: 'child.best_interests', cue: 'safeguard.best_interests' },
];

export const CHECK_ITEMS: Item[] = [
  // Identification and assistance (¶8, ¶18, ¶19)
  item('victim.identification'),
  item('victim.reasonable_grounds', 'victim.identification'),
  item('victim.housing', 'victim.assistance'),
  item('victim.health', 'victim.assistance'),
  item('victim.information_language', 'victim.assistance'),
  item('victim.employment_education', 'victim.assistance'),
  item('victim.unconditional', 'victim.assistance'),
  item('victim.special_needs', 'victim.assistance'),
  item('victim.civil_society', 'victim.assistance'),
  item('victim.revictimization'),
  item('victim.survivor_voice'),
  // Access to justice and proceedings (¶8)
  item('victim.proceedings_information'),
  item('victim.views'),
  item('victim.legal_aid'),
  item('victim.safety'),
  item('victim.testimony_measures'),
  item('victim.compensation_fund', 'victim.compensation'),
  item('victim.detention'),
  // Residence and return (¶8, ¶18)
  item('victim.reflection_period'),
  item('victim.repatriation'),
  item('victim.asylum'),
  item('victim.displaced'),
  // Children (¶19)
  item('child.guardian'),
  item('child.proceedings'),
  // Penalties and proceeds (¶4, ¶10)
  item('penalties.confiscation'),
  item('penalties.aggravation'),
  item('penalties.assets_to_victims', 'penalties.confiscation'),
  // Ancillary liability (¶10)
  item('liability.attempt'),
  item('liability.accomplice'),
  item('liability.organizing'),
  item('liability.legal_person'),
  item('liability.public_official'),
  // Prevention, demand, ICT, business, organs (¶3, ¶9, ¶22, ¶23, ¶25)
  item('prevention.measures'),
  item('prevention.demand'),
  item('prevention.knowing_use'),
  item('prevention.recruitment_regulation'),
  item('prevention.ict'),
  item('prevention.business'),
  item('prevention.procurement'),
  item('prevention.organ_medical'),
  // Cooperation and finance (¶10)
  item('cooperation.mla'),
  item('cooperation.extradition'),
  item('cooperation.information_exchange'),
  item('cooperation.jurisdiction'),
  item('cooperation.money_laundering'),
  item('cooperation.financial_investigation'),
  item('cooperation.documents'),
  // Data, training, governance (¶4, ¶11, ¶16, ¶20, ¶26)
  item('governance.data_collection'),
  item('governance.data_disaggregation', 'governance.data_collection'),
  item('governance.data_protection', 'governance.data_collection'),
  item('governance.training'),
  item('governance.training_humanitarian', 'governance.training'),
  item('governance.rapporteur'),
  item('governance.coordinator'),
  item('governance.action_plan'),
  item('governance.review'),
  item('governance.funding'),
];

/** Keys the analysis computes beyond the cue items. */
export const JUDGED_KEYS = ['penalties.stated', 'penalties.custodial', 'penalties.commensurate'] as const;

export const CHECKLIST_KEYS: string[] = [...CHECK_ITEMS.map(i => i.key), ...JUDGED_KEYS];
