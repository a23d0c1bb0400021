import type { BillType, Fix, Profile, RelatedInfo, Severity, SeveritySetting, Span } from '../types';
import type { Analysis } from '../analysis';

export interface RuleMeta {
  /** Stable kebab-case code; never reused for another meaning. */
  code: string;
  title: string;
  /** The check family (one file per family): "definition", "consent-child", "safeguards"… */
  family: string;
  /** Default severity under the default profile (UN-REC). */
  severity: Severity;
  /** Severity under other profiles, where it differs. */
  profiles?: Partial<Record<Profile, SeveritySetting>>;
  /** Severity for bill types where it differs ("off" suppresses the rule). */
  billTypes?: Partial<Record<BillType, SeveritySetting>>;
  /** Attempt, complicity, jurisdiction…: downgraded to info when the general part is assumed to cover them. */
  generalPart?: boolean;
  /** Declaration paragraphs the rule implements: "7", "8", "11(a)". */
  paragraphs: string[];
  /** Other instruments: "Protocol, art. 3(a)". */
  refs: string[];
  /** Verification tag of the legal basis in DOMAIN.md: [V] verified, [K] standard, [U] uncertain. */
  tag: 'V' | 'K' | 'U';
  /** One sentence for hovers. */
  hover: string;
  /** Plain-language explanation with an example, for training mode and the rule's documentation page. */
  explain: string;
  /** Coverage keys the rule reports on. */
  keys?: string[];
}

export interface Report {
  span: Span;
  message: string;
  related?: { span: Span; message: string }[];
  fixes?: Fix[];
  confidence?: 'high' | 'medium' | 'low';
  provision?: string;
  keys?: string[];
}

export interface RuleContext {
  readonly analysis: Analysis;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  run(ctx: RuleContext): void;
}

export type { RelatedInfo };
