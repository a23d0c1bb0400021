// CodeLens on the provision holding the definition or offence: "act 5/5 · means 7/9 · purpose 6/7", so the
// drafter sees at a glance how much of the para 7 definition the bill covers. Clicking it lists the gaps.
import type { CodeLens } from 'vscode-languageserver/node';
import type { Analysis } from '../core/analysis';
import { DEFINITION_KEYS } from '../core/coverage';
import { definitionSummary } from '../core/navigation/outline';
import type { Feature } from './features';

export function codeLenses(a: Analysis): CodeLens[] {
  const s = definitionSummary(a);
  if (!s) return [];
  const missing = DEFINITION_KEYS.filter(k => !a.coverage[k]?.present);
  const range = a.lines.range(s.provision.headerSpan);
  return [{
    range,
    // The client shows the missing elements; other editors just display the title.
    command: { title: `palermo: ${s.title}${missing.length ? '' : ' ✓'}`, command: 'palermo.showDefinitionGaps', arguments: [missing] },
  }];
}

export const codeLensFeature: Feature = ({ connection, analysisFor }) => {
  connection.onCodeLens(p => { const a = analysisFor(p.textDocument.uri); return a ? codeLenses(a) : []; });
  return { codeLensProvider: { resolveProvider: false } };
};
