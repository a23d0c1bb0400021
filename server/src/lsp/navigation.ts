// Navigation features: document outline, folding, go to definition (defined terms, cross-references) and
// find references of a defined term. Each reads the current analysis; none re-parses the document.
import { SymbolKind, type DocumentSymbol, type Location } from 'vscode-languageserver/node';
import type { Analysis } from '../core/analysis';
import { foldingRegions, outline, type OutlineNode } from '../core/navigation/outline';
import { termAt, termUses } from '../core/navigation/termUses';
import type { ProvisionKind } from '../core/types';
import type { Feature } from './features';

const KIND: Record<ProvisionKind, SymbolKind> = {
  document: SymbolKind.File, book: SymbolKind.Module, part: SymbolKind.Module, title: SymbolKind.Module,
  chapter: SymbolKind.Namespace, division: SymbolKind.Namespace, section: SymbolKind.Class,
  subsection: SymbolKind.Field, paragraph: SymbolKind.Field, item: SymbolKind.Field, definition: SymbolKind.Constant,
};

export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const conv = (n: OutlineNode): DocumentSymbol => ({
    name: n.name, ...(n.detail ? { detail: n.detail } : {}), kind: KIND[n.kind],
    range: a.lines.range(n.span), selectionRange: a.lines.range(n.selection),
    children: n.children.map(conv),
  });
  return outline(a).map(conv);
}

/** definitionAt: a defined term goes to its definition; a cross-reference to the provision it names. */
export function definitionAt(a: Analysis, uri: string, offset: number): Location[] {
  const r = a.crossRefs.find(x => x.span.start <= offset && offset <= x.span.end && x.target);
  if (r?.target) return [{ uri, range: a.lines.range(r.target.headerSpan) }];
  const t = termAt(a, offset);
  if (t) return [{ uri, range: a.lines.range(t.term.span) }];
  return [];
}

/** referencesAt: every use of the defined term under the cursor (and its definition, if asked). */
export function referencesAt(a: Analysis, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const t = termAt(a, offset);
  if (!t) return [];
  const spans = termUses(a).filter(u => u.term === t.term).map(u => u.span);
  if (includeDeclaration) spans.unshift(t.term.span);
  return spans.map(s => ({ uri, range: a.lines.range(s) }));
}

export const navigationFeature: Feature = ({ connection, analysisFor }) => {
  connection.onDocumentSymbol(p => { const a = analysisFor(p.textDocument.uri); return a ? documentSymbols(a) : []; });
  connection.onFoldingRanges(p => { const a = analysisFor(p.textDocument.uri); return a ? foldingRegions(a) : []; });
  connection.onDefinition(p => {
    const a = analysisFor(p.textDocument.uri);
    return a ? definitionAt(a, p.textDocument.uri, a.lines.offset(p.position)) : [];
  });
  connection.onReferences(p => {
    const a = analysisFor(p.textDocument.uri);
    return a ? referencesAt(a, p.textDocument.uri, a.lines.offset(p.position), p.context.includeDeclaration) : [];
  });
  return { documentSymbolProvider: { label: 'palermo' }, foldingRangeProvider: true, definitionProvider: true, referencesProvider: true };
};
