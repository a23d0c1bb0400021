import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import { RULES } from '../core/rules/registry';
import type { Report } from './report';

/** formatSarif renders the report as SARIF 2.1.0 for code-scanning dashboards. Lines and columns are 1-based there. */
export function formatSarif(r: Report): string {
  const builder = new SarifBuilder();
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'palermo', toolDriverVersion: r.tool.version, url: 'https://palermo.invalid/' });
  for (const rule of RULES) {
    run.addRule(new SarifRuleBuilder().initSimple({ ruleId: rule.meta.code, shortDescriptionText: rule.meta.title, fullDescriptionText: rule.meta.hover }));
  }
  for (const f of r.files) {
    for (const d of f.diagnostics) {
      const res = new SarifResultBuilder();
      res.initSimple({
        level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
        messageText: `${d.message} [${d.citations.join('; ')}]`,
        ruleId: d.code,
        fileUri: f.path.replace(/\\/g, '/'),
        startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
      });
      run.addResult(res);
    }
  }
  builder.addRun(run);
  return builder.buildSarifJsonString({ indent: true }) + '\n';
}
