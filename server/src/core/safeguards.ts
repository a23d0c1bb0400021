// Coverage of the consent and child clauses, judged in and around the offence. The victim safeguards and the
// rest of the declaration are judged by the checklist (checklist/), wherever in the bill they are.

import type { CoverageEntry, Provision, Span } from './types';
import type { CompiledLexicon } from './lexicon';
import type { Scope } from './scope';
import type { ElementResult } from './elements';
import type { DefinedTerm } from './structure/terms';
import { describe, deepestAt, sectionOf } from './structure';
import type { LineIndex } from './text/lineIndex';
import { searchedAcrossBills } from './lexicon/indexed';

searchedAcrossBills(['consent-irrelevant']);

interface Input {
  root: Provision;
  folded: string;
  lines: LineIndex;
  scope: Scope;
  elements: ElementResult;
  terms: DefinedTerm[];
  /** Text blocks with the lexicon of their language (one per section, or the whole document). */
  blocks: { span: Span; lex: CompiledLexicon }[];
  lexFor: (p: Provision) => CompiledLexicon;
}

export function computeSafeguards(inp: Input): Record<string, CoverageEntry> {
  const { root, folded, lines, scope, elements, terms, blocks, lexFor } = inp;
  const out: Record<string, CoverageEntry> = {};
  const hit = (cue: string, spans: { span: Span; lex: CompiledLexicon }[]): CoverageEntry => {
    for (const b of spans) {
      const f = b.lex.first(cue, folded, b.span.start, b.span.end);
      if (f) return { present: true, range: lines.range(f), provision: describe(deepestAt(root, f.start)) };
    }
    return { present: false };
  };
  out['consent.irrelevant'] = hit('consent-irrelevant', blocks);

  // The offence sections (whole, with aggravations) and the definitions of child-like terms.
  const offenceSections = [...new Set(scope.core.map(u => sectionOf(u.provision) ?? u.provision))]
    .map(p => ({ span: { start: p.start, end: p.end }, lex: lexFor(p) }));
  const childTerms = terms.filter(t => blocksTest(lexFor(t.provision), 'child-word', t.key))
    .map(t => ({ span: t.defSpan, lex: lexFor(t.provision) }));
  out['child.under_18'] = hit('child-under-18', [...offenceSections, ...childTerms]);

  let noMeans = hit('child-no-means', offenceSections);
  if (!noMeans.present && scope.core.length && !elements.hasMeans) {
    // No means at all in the offence: act + purpose suffice for every victim, children included.
    noMeans = { present: true, range: lines.range(scope.core[0].provision.headerSpan), provision: describe(scope.core[0].provision), via: 'the offence requires no means for any victim' };
  }
  if (!noMeans.present) {
    // A child limb with acts and no means ("The recruitment … of a child for the purpose of exploitation").
    for (const u of scope.core) {
      const lex = lexFor(u.provision);
      const isChild = u.spans.some(s => lex.test('child-word', folded, s.start, s.end) || lex.test('child-under-18', folded, s.start, s.end));
      const means = elements.matches.some(m => m.unit === u && m.key.startsWith('means.'));
      if (isChild && !means) { noMeans = { present: true, range: lines.range(u.provision.headerSpan), provision: describe(u.provision), via: 'child limb without means' }; break; }
    }
  }
  out['child.no_means_required'] = noMeans;
  return out;
}

function blocksTest(lex: CompiledLexicon, cue: string, s: string): boolean {
  return lex.test(cue, s);
}
