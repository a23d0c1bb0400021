// Model clauses are data (data/clauses/<lang>.json), written by us from the ingredients in DOMAIN.md §4 —
// never copied from a model law. One source feeds both the editor snippets (snippets/*.code-snippets are
// generated from it) and the quick fixes that insert a missing provision.

import type { Lang } from '../types';

export interface Clause {
  /** Stable id: "non-penalization", "assistance", "definition-trafficking"… */
  id: string;
  title: string;
  /** Snippet prefixes (what the drafter types). */
  prefix: string[];
  /** Rule codes whose finding this clause resolves (its quick fix inserts it). */
  codes: string[];
  /** Declaration paragraphs the clause implements. */
  paragraphs: string[];
  /** Where it belongs: the part of the bill it is inserted into. */
  part: 'definitions' | 'offences' | 'victims' | 'procedure' | 'prevention' | 'cooperation' | 'institutions';
  /** Section heading (the inserter numbers it in the bill's own style). */
  heading: string;
  /**
   * Body lines in VS Code snippet syntax: tab stops `${1:default}` and choices `${2|a,b|}` for what each
   * jurisdiction decides (authority names, periods, penalties). Quick fixes insert the defaults.
   */
  body: string[];
}

export interface ClauseFile { language: Lang; clauses: Clause[] }
