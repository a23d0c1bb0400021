// The shape shared by the checklist rule families (nonpenalization, victims, penalties, liability,
// prevention, cooperation, governance): a provision the bill lacks, reported once on the bill's title (or on
// the parent provision it refines), with the model clause that fills the gap as a quick fix when one exists.

import type { Analysis } from '../analysis';
import type { Span } from '../types';
import type { Rule, RuleMeta } from './types';
import { clauseInsertionFix } from '../clauses/insert';
import { deepestAt, sectionOf } from '../structure';

export interface MissingSpec {
  /** Coverage key whose absence the rule reports. */
  key: string;
  message: string;
  meta: Omit<RuleMeta, 'family' | 'keys' | 'tag'> & { tag?: RuleMeta['tag'] };
  /** Only judged when the parent provision exists (a refinement of it). */
  parent?: string;
  /** Extra precondition: the rule applies to this bill at all (e.g. "the bill has an offence"). */
  when?: (a: Analysis) => boolean;
}

/** anchorSpan: where a missing provision is reported — the parent provision's heading, else the bill's title. */
export function anchorSpan(a: Analysis, parentKey?: string): Span {
  const parent = parentKey ? a.coverage[parentKey] : undefined;
  if (parent?.present && parent.range) {
    const at = deepestAt(a.root, a.lines.offset(parent.range.start));
    const p = sectionOf(at) ?? at;
    if (p.kind !== 'document') return p.headerSpan;
  }
  const first = a.provisions[0];
  return first ? first.headerSpan : { start: 0, end: a.lines.lineEnd(0) };
}

export const hasOffence = (a: Analysis) => a.scope.core.some(u => u.role === 'offence');

export function missingRules(family: string, specs: MissingSpec[]): Rule[] {
  return specs.map(s => ({
    meta: { tag: 'K', ...s.meta, family, keys: [s.key] } as RuleMeta,
    run(ctx) {
      const a = ctx.analysis;
      if (!a.text.trim() || a.coverage[s.key]?.present) return;
      if (s.parent && !a.coverage[s.parent]?.present) return;
      if (s.when && !s.when(a)) return;
      // A refinement of an existing provision gets no insertion: a second "Assistance" section beside the
      // bill's own would duplicate it; the drafter amends the existing one (the clause is in the snippets).
      const fix = s.parent ? undefined : clauseInsertionFix(a, s.meta.code);
      ctx.report({ span: anchorSpan(a, s.parent), message: s.message, confidence: 'medium', keys: [s.key], ...(fix ? { fixes: [fix] } : {}) });
    },
  }));
}
