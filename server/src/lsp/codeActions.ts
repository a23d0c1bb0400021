// Quick fixes: every fix a rule attaches to a finding becomes a CodeAction whose edit is exactly the
// fix's edits (rules only ever insert or replace the span they declare). Fixes are recomputed from a
// fresh analysis of the current document version, so an edit never applies to stale offsets.

import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import type { Analysis } from '../core/analysis';
import type { Finding } from '../core/types';
import type { Feature } from './features';

const sameRange = (f: Finding, d: Diagnostic) =>
  f.range.start.line === d.range.start.line && f.range.start.character === d.range.start.character &&
  f.range.end.line === d.range.end.line && f.range.end.character === d.range.end.character;

/** fixActions lists the quick fixes for the findings under a range (or matching the given diagnostics). */
export function fixActions(a: Analysis, uri: string, diagnostics: Diagnostic[], version?: number): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== 'palermo') continue;
    const f = a.findings.find(x => x.code === d.code && sameRange(x, d));
    for (const fix of f?.fixes ?? []) {
      out.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: fix.isPreferred,
        edit: {
          documentChanges: [{
            textDocument: { uri, version: version ?? null },
            edits: fix.edits.map(e => ({ range: a.lines.range(e), newText: e.newText })),
          }],
        },
      });
    }
  }
  return out;
}

export const codeActionsFeature: Feature = ({ connection, documents, analysisFor }) => {
  connection.onCodeAction(p => {
    const a = analysisFor(p.textDocument.uri);
    if (!a) return [];
    return fixActions(a, p.textDocument.uri, p.context.diagnostics, documents.get(p.textDocument.uri)?.version);
  });
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false } };
};
