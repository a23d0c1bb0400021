// Which definition elements a bill covers, and where: the lexicon scan restricted to the scope.

import type { Confidence, CoverageEntry, Provision, TermMatch } from './types';
import type { CompiledLexicon } from './lexicon';
import type { Scope, ScopeUnit } from './scope';
import { COVERAGE_KEYS, DEFINITION_KEYS, MEANS_KEYS } from './coverage';
import { describe } from './structure';
import type { LineIndex } from './text/lineIndex';

export interface ElementResult {
  /** Element matches inside the scope, each with the unit it was found in. */
  matches: (TermMatch & { unit: ScopeUnit })[];
  coverage: Record<string, CoverageEntry>;
  /** Whether the adult offence names any means at all (a bill without means is broader than para 7). */
  hasMeans: boolean;
}

export function computeElements(scope: Scope, folded: string, lines: LineIndex, lexFor: (p: Provision) => CompiledLexicon): ElementResult {
  const matches: ElementResult['matches'] = [];
  const units = [...scope.core, ...scope.extended];
  // Indexed loops (no iterator result per unit, span and match) and a literal, not a spread: a long offence
  // part has thousands of matches.
  for (let u = 0; u < units.length; u++) {
    const unit = units[u], lex = lexFor(unit.provision), spans = unit.spans;
    for (let k = 0; k < spans.length; k++) {
      const at = spans[k].start, found = lex.scanRelative(folded, at, spans[k].end); // placed here: one copy, not two
      for (let j = 0; j < found.length; j++) { const m = found[j]; matches.push({ key: m.key, start: at + m.start, end: at + m.end, confidence: m.confidence, lang: m.lang, label: m.label, unit }); }
    }
  }
  const coverage: Record<string, CoverageEntry> = {};
  for (const k of COVERAGE_KEYS) coverage[k] = { present: false };
  coverage['definition.found'] = scope.core.length
    ? { present: true, range: lines.range(scope.core[0].provision.headerSpan), provision: describe(scope.core[0].provision) }
    : { present: false };
  const rank: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
  const byKey = new Map<string, ElementResult['matches']>(); // one pass, not one filter per key
  for (let i = 0; i < matches.length; i++) { const m = matches[i], l = byKey.get(m.key); if (l) l.push(m); else byKey.set(m.key, [m]); }
  const order = (a: ElementResult['matches'][number], b: ElementResult['matches'][number]) =>
    (a.unit.role === 'offence' || a.unit.role === 'definition' ? 0 : 1) - (b.unit.role === 'offence' || b.unit.role === 'definition' ? 0 : 1) || rank[b.confidence] - rank[a.confidence] || a.start - b.start;
  const coreUnits = new Set(scope.core);
  for (const key of DEFINITION_KEYS) {
    // Prefer evidence in the offence itself, then the strongest wording: the first in that order (what a
    // stable sort would put first), found in one pass.
    let found: ElementResult['matches'][number] | undefined;
    for (const m of byKey.get(key) ?? []) if (!found || order(m, found) < 0) found = m;
    if (!found) continue;
    const inCore = coreUnits.has(found.unit);
    coverage[key] = {
      present: true,
      range: lines.range(found),
      provision: describe(provisionAt(found.unit.provision, found.start)),
      confidence: inCore ? found.confidence : 'low',
      ...(inCore ? {} : { via: found.unit.via }),
    };
  }
  const hasMeans = matches.some(m => MEANS_KEYS.includes(m.key as typeof MEANS_KEYS[number]) && coreUnits.has(m.unit));
  return { matches, coverage, hasMeans };
}

function provisionAt(p: Provision, offset: number): Provision {
  let node = p;
  for (;;) {
    const next = node.children.find(c => c.start <= offset && offset < c.end);
    if (!next) return node;
    node = next;
  }
}
