// The JSON report is a public contract (docs/report-format.md): version 1. Adding fields is allowed;
// renaming or removing one needs version 2.

import type { Analysis } from '../core/analysis';
import { COVERAGE_KEYS } from '../core/coverage';
import type { CoverageEntry, Finding, Settings } from '../core/types';

export const REPORT_VERSION = 1;

export interface ReportDiagnostic {
  code: string;
  severity: Finding['severity'];
  message: string;
  range: Finding['range'];
  citations: string[];
  docs: string;
  confidence?: string;
  provision?: string;
  related?: Finding['related'];
  fixes?: { title: string; edits: { range: Finding['range']; newText: string }[] }[];
}

export interface ReportFile {
  path: string;
  language: string;
  format: string;
  source?: 'docx';
  settings: Settings;
  coverage: Record<string, CoverageEntry>;
  diagnostics: ReportDiagnostic[];
  /** Findings silenced by inline palermo-disable comments, with the reviewer's reason (omitted when none). */
  suppressed?: { code: string; range: Finding['range']; reason: string; commentLine: number }[];
}

export interface Report {
  version: typeof REPORT_VERSION;
  tool: { name: 'palermo'; version: string };
  files: ReportFile[];
  errors: { path: string; message: string }[];
  summary: { files: number; errors: number; warnings: number; infos: number; unreadable: number };
}

export function fileReport(path: string, a: Analysis, source?: 'docx'): ReportFile {
  const coverage: Record<string, CoverageEntry> = {};
  for (const k of COVERAGE_KEYS) coverage[k] = a.coverage[k] ?? { present: false };
  return {
    path, language: a.language, format: a.format, ...(source ? { source } : {}), settings: a.settings, coverage,
    diagnostics: a.findings.map(f => ({
      code: f.code, severity: f.severity, message: f.message, range: f.range, citations: f.citations,
      docs: `docs/rules/${f.code}.md`,
      ...(f.confidence ? { confidence: f.confidence } : {}),
      ...(f.provision ? { provision: f.provision } : {}),
      ...(f.related ? { related: f.related } : {}),
      ...(f.fixes ? { fixes: f.fixes.map(x => ({ title: x.title, edits: x.edits.map(e => ({ range: a.lines.range(e), newText: e.newText })) })) } : {}),
    })),
    ...(a.suppressed.length ? { suppressed: a.suppressed.map(s => ({ code: s.finding.code, range: s.finding.range, reason: s.reason, commentLine: s.line })) } : {}),
  };
}

export function summarise(files: ReportFile[], errors: Report['errors']): Report['summary'] {
  const count = (s: string) => files.reduce((n, f) => n + f.diagnostics.filter(d => d.severity === s).length, 0);
  return { files: files.length, errors: count('error'), warnings: count('warning'), infos: count('info') + count('hint'), unreadable: errors.length };
}
