// The analysis core's public surface. Nothing here may import `vscode` or `vscode-languageserver`.
export * from './types';
export { analyze, type Analysis } from './analysis';
export { formatFor, makeView } from './formats/view';
export { COVERAGE_KEYS, DEFINITION_KEYS, SAFEGUARD_KEYS, PARA7_WORDS, groupOf } from './coverage';
export { RULES, ruleMeta, severityOf } from './rules/registry';
export type { Rule, RuleMeta } from './rules/types';
export { declaration, paragraph, cite, quote, footnote } from './declaration';
export { mergeSettings, DEFAULT_SETTINGS, PROFILES, BILL_TYPES, SEVERITIES } from './config/settings';
export { LineIndex } from './text/lineIndex';
export { flatten, deepestAt, sectionOf, describe } from './structure';
export { lexicon, lexiconData } from './lexicon';
export { clearCaches, setCaching } from './cache';
