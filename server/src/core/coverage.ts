import { CHECKLIST_KEYS } from './checklist/items';

// The coverage keys of the public JSON report (../shared/corpus/README.md lists them): every report holds
// every key, present or not.

export const DEFINITION_KEYS = [
  'act.recruitment', 'act.transportation', 'act.transfer', 'act.harbouring', 'act.receipt',
  'means.threat', 'means.force', 'means.other_coercion', 'means.abduction', 'means.fraud', 'means.deception',
  'means.abuse_of_power', 'means.abuse_of_vulnerability', 'means.payments_or_benefits',
  'purpose.prostitution_of_others', 'purpose.other_sexual_exploitation', 'purpose.forced_labour_or_services',
  'purpose.slavery', 'purpose.practices_similar_to_slavery', 'purpose.servitude', 'purpose.removal_of_organs',
] as const;

export const SAFEGUARD_KEYS = [
  'consent.irrelevant', 'child.no_means_required', 'child.under_18',
  'non_penalization', 'victim.assistance', 'victim.protection_in_proceedings', 'victim.privacy',
  'victim.residence_status', 'victim.compensation', 'child.best_interests',
] as const;

/** The corpus keys (../shared/corpus/README.md), exactly: the scorer reads these. */
export const CORPUS_KEYS = ['definition.found', ...DEFINITION_KEYS, ...SAFEGUARD_KEYS] as const;
export type CoverageKey = typeof CORPUS_KEYS[number];

/** Every key of the report: the corpus keys, then the declaration checklist (victims, penalties, cooperation…). */
export const COVERAGE_KEYS: readonly string[] = [...CORPUS_KEYS, ...CHECKLIST_KEYS];

export const ACT_KEYS = DEFINITION_KEYS.filter(k => k.startsWith('act.'));
export const MEANS_KEYS = DEFINITION_KEYS.filter(k => k.startsWith('means.'));
export const PURPOSE_KEYS = DEFINITION_KEYS.filter(k => k.startsWith('purpose.'));

/** Protocol wording of each definition element, in English, for hovers that emphasise it in para 7. */
export const PARA7_WORDS: Record<string, string[]> = {
  'act.recruitment': ['recruitment'], 'act.transportation': ['transportation'], 'act.transfer': ['transfer'],
  'act.harbouring': ['harbouring'], 'act.receipt': ['receipt of persons'],
  'means.threat': ['threat or use of force'], 'means.force': ['threat or use of force'],
  'means.other_coercion': ['other forms of coercion'], 'means.abduction': ['abduction'], 'means.fraud': ['fraud'],
  'means.deception': ['deception'], 'means.abuse_of_power': ['abuse of power'],
  'means.abuse_of_vulnerability': ['of a position of vulnerability'],
  'means.payments_or_benefits': ['giving or receiving of payments or benefits to achieve the consent of a person having control over another person'],
  'purpose.prostitution_of_others': ['exploitation of the prostitution of others'],
  'purpose.other_sexual_exploitation': ['other forms of sexual exploitation'],
  'purpose.forced_labour_or_services': ['forced labour or services'], 'purpose.slavery': ['slavery or practices similar to slavery'],
  'purpose.practices_similar_to_slavery': ['practices similar to slavery'], 'purpose.servitude': ['servitude'],
  'purpose.removal_of_organs': ['removal of organs'],
};

export function groupOf(key: string): 'act' | 'means' | 'purpose' | 'safeguard' | 'definition' {
  if (key.startsWith('act.')) return 'act';
  if (key.startsWith('means.')) return 'means';
  if (key.startsWith('purpose.')) return 'purpose';
  if (key === 'definition.found') return 'definition';
  return 'safeguard';
}
