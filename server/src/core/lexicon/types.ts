// The shape of a language's lexicon data file (data/lexicons/<lang>.json). Lexicons are data so that adding
// a language adds a file, not code. Every pattern is a regular-expression source matched against the
// folded text (lower case, accents removed, typographic quotes and dashes made ASCII) and wrapped in word
// boundaries; patterns must not nest quantifiers (the ReDoS test in npm test rejects any that backtrack).

import type { Lang } from '../types';

export interface ElementPatterns {
  /** Canonical label shown in messages ("harbouring", "abuse of a position of vulnerability"). */
  label: string;
  /** The Protocol's own wording in this language: a match is high-confidence evidence. */
  protocol: string[];
  /** National variants real laws use: medium confidence. */
  variants?: string[];
}

export interface Phrase {
  /** A phrase that evidences several keys at once ("threat or use of force"). */
  keys: string[];
  re: string;
  protocol?: boolean;
}

export interface LexiconData {
  language: Lang;
  name: string;
  /** Frequent function words, for language detection. */
  stopwords: string[];
  /** Keyed by coverage key ("act.recruitment") or cue id ("cue.offence-name"). */
  elements: Record<string, ElementPatterns>;
  phrases?: Phrase[];
  /** Spans that look like an element but are not ("harbour master", "receipt of the report"). */
  exclude?: string[];
  /** Structural cues (headings of definition sections, offence names, penalties, cross-references). */
  cues: Record<string, string[]>;
  /** Grammatical forms for quick fixes: how to write each element into this language's enumerations. */
  /** verb "recruits", noun "recruitment", gerund "recruiting", past "recruited", infinitive "recruter", subjunctive "captare". */
  forms?: Record<string, { verb?: string; noun?: string; gerund?: string; past?: string; infinitive?: string; subjunctive?: string }>;
}
