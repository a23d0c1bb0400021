// Quick fixes: every fix a rule attaches to a finding becomes a CodeAction whose edit is exactly the
// fix's edits (rules only ever insert or replace the span they declare). Fixes are recomputed from a
// fresh analysis of the current document version, so an edit never applies to stale offsets.

import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { Analysis } from '../core/analysis';
import type { Finding } from '../core/types';
import type { Feature } from './features';
import { toDiagnostic } from './diagnostics';

const sameRange = (f: Finding, d: Diagnostic) =>
  f.range.start.line === d.range.start.line && f.range.start.character === d.range.start.character &&
  f.range.end.line === d.range.end.line && f.range.end.character === d.range.end.character;

type Pos = Range['start'];
const before = (p: Pos, q: Pos) => p.line < q.line || (p.line === q.line && p.character < q.character);
const overlaps = (f: Finding, r: Range) => !before(f.range.end, r.start) && !before(r.end, f.range.start);

/**
 * matchFindings pairs the client's diagnostics with findings of the current analysis: by code and exact range
 * first; by code and overlapping range when the client's copy drifted (a diagnostic kept across an edit, or
 * converted through another representation, as eglot's flymake does). With no palermo diagnostic in the
 * request (Neovim's and eglot's "code actions here" may send none), the findings under the range answer.
 */
function matchFindings(a: Analysis, uri: string, diagnostics: Diagnostic[], range: Range | undefined, version: number): [Finding, Diagnostic][] {
  const ours = diagnostics.filter(d => d.source === 'palermo');
  const pairs: [Finding, Diagnostic][] = [];
  for (const d of ours) {
    const f = a.findings.find(x => x.code === d.code && sameRange(x, d)) ?? a.findings.find(x => x.code === d.code && overlaps(x, d.range));
    if (f) pairs.push([f, d]);
  }
  if (!ours.length && range) {
    for (const f of a.findings) if (f.fixes?.length && overlaps(f, range)) pairs.push([f, toDiagnostic(f, a, uri, version)]);
  }
  return pairs;
}

/** fixActions lists the quick fixes for the findings under a range (or matching the given diagnostics). */
export function fixActions(a: Analysis, uri: string, diagnostics: Diagnostic[], version?: number, range?: Range): CodeAction[] {
  const out: CodeAction[] = [];
  for (const [f, d] of matchFindings(a, uri, diagnostics, range, version ?? 0)) {
    for (const fix of f.fixes ?? []) {
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
    return fixActions(a, p.textDocument.uri, p.context.diagnostics, documents.get(p.textDocument.uri)?.version, p.range);
  });
  return { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false } };
};
