import type { Finding, Settings, SeveritySetting } from '../types';
import type { Analysis } from '../analysis';
import { cite } from '../declaration';
import { definitionRules } from './definition';
import { consentChildRules } from './consent-child';
import { structureDefectRules } from './structure-defects';
import { definitionExtraRules } from './definition-extras';
import { nonPenalizationRules } from './nonpenalization';
import { victimRules } from './victims';
import { penaltiesRules } from './penalties';
import { liabilityRules } from './liability';
import { preventionRules } from './prevention';
import { cooperationRules } from './cooperation';
import { governanceRules } from './governance';
import { proofreadingRules } from './proofreading';
import { spellingRules } from './spelling';
import type { Rule, RuleMeta } from './types';

/** Every rule, in the order findings are listed. Adding a check family means adding its module here. */
export const RULES: readonly Rule[] = [
  ...definitionRules, ...definitionExtraRules, ...structureDefectRules, ...consentChildRules,
  ...nonPenalizationRules, ...victimRules, ...penaltiesRules, ...liabilityRules,
  ...preventionRules, ...cooperationRules, ...governanceRules,
  ...spellingRules, ...proofreadingRules,
];

const byCode = new Map(RULES.map(r => [r.meta.code, r]));
export function ruleMeta(code: string): RuleMeta | undefined { return byCode.get(code)?.meta; }

/** severityOf resolves a rule's severity: per-rule setting, then bill type, then profile, then default. */
export function severityOf(meta: RuleMeta, s: Settings): SeveritySetting {
  const override = s.rules[meta.code];
  if (override) return override;
  let sev: SeveritySetting = meta.profiles?.[s.profile] ?? meta.severity;
  const bt = meta.billTypes?.[s.billType];
  if (bt) sev = bt;
  if (s.assumeGeneralPart && meta.generalPart && sev !== 'off') sev = 'info';
  return sev;
}

/** runRules runs every enabled rule; a rule that throws is reported once and never stops the others. */
export function runRules(a: Analysis): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    const sev = severityOf(rule.meta, a.settings);
    if (sev === 'off') continue;
    try {
      rule.run({
        analysis: a,
        report: r => {
          const f: Finding = {
            code: rule.meta.code, severity: sev, message: r.message,
            range: a.lines.range(r.span), span: { start: r.span.start, end: r.span.end },
            citations: rule.meta.paragraphs.map(cite), paragraphs: rule.meta.paragraphs,
          };
          // Optional fields set in this order (the order of the finding's keys in reports), without a
          // spread of a temporary object for each: a long bill has hundreds of findings.
          if (r.confidence) f.confidence = r.confidence;
          if (r.provision) f.provision = r.provision;
          if (r.related?.length) f.related = r.related.map(x => ({ range: a.lines.range(x.span), message: x.message }));
          if (r.fixes?.length) f.fixes = r.fixes;
          if (r.keys) f.keys = r.keys;
          out.push(f);
        },
      });
    } catch (e) {
      out.push({ code: 'internal-error', severity: 'hint', message: `palermo rule ${rule.meta.code} failed: ${(e as Error).message}`, range: a.lines.range({ start: 0, end: 0 }), span: { start: 0, end: 0 }, citations: [], paragraphs: [] });
    }
  }
  return out;
}
