// Navigation data for editors, computed from the structure tree: the outline (parts, sections and their
// sub-provisions), folding regions, and the definition-coverage summary shown as a CodeLens.
import type { Analysis } from '../analysis';
import { DEFINITION_KEYS, groupOf } from '../coverage';
import type { Provision, ProvisionKind, Span } from '../types';

export interface OutlineNode {
  name: string;
  detail?: string;
  kind: ProvisionKind;
  span: Span;
  selection: Span;
  children: OutlineNode[];
}

const LEAF_KINDS = new Set<ProvisionKind>(['paragraph', 'item']);

/** outline: divisions, sections, subsections and definitions (list items are left out: too fine to navigate). */
export function outline(a: Analysis): OutlineNode[] {
  const walk = (p: Provision): OutlineNode => ({
    name: p.kind === 'definition' && p.term ? `“${p.term}”` : p.label,
    ...(p.heading ? { detail: p.heading } : {}),
    kind: p.kind,
    span: { start: p.start, end: Math.max(p.end, p.headerSpan.end) },
    selection: p.headerSpan,
    children: p.children.filter(c => !LEAF_KINDS.has(c.kind)).map(walk),
  });
  return a.root.children.map(walk);
}

/** foldingRegions: every provision spanning two lines or more folds from its header line to its last text line. */
export function foldingRegions(a: Analysis): { startLine: number; endLine: number }[] {
  const out: { startLine: number; endLine: number }[] = [];
  for (const p of a.provisions) {
    const startLine = a.lines.position(p.start).line;
    let end = p.end;
    while (end > p.start && /\s/.test(a.text[end - 1])) end--; // trailing blank lines stay visible
    const endLine = a.lines.position(end).line;
    if (endLine > startLine) out.push({ startLine, endLine });
  }
  return out;
}

export interface DefinitionSummary { provision: Provision; counts: Record<'act' | 'means' | 'purpose', { present: number; total: number }>; title: string }

/** definitionSummary: "act 5/5 · means 7/9 · purpose 6/7" for the provision holding the definition or offence. */
export function definitionSummary(a: Analysis): DefinitionSummary | undefined {
  if (!a.coverage['definition.found']?.present) return undefined;
  const unit = a.scope.core.find(u => u.role === 'definition') ?? a.scope.core[0];
  if (!unit) return undefined;
  const counts = { act: { present: 0, total: 0 }, means: { present: 0, total: 0 }, purpose: { present: 0, total: 0 } };
  for (const k of DEFINITION_KEYS) {
    const g = groupOf(k) as keyof typeof counts;
    counts[g].total++;
    if (a.coverage[k]?.present) counts[g].present++;
  }
  const title = (['act', 'means', 'purpose'] as const).map(g => `${g} ${counts[g].present}/${counts[g].total}`).join(' · ');
  return { provision: unit.provision, counts, title };
}
