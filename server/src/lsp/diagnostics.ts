import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Analysis } from '../core/analysis';
import type { Finding, Severity } from '../core/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** The rule documentation ships with the extension (docs/rules/<code>.md beside dist/), so the link works offline. */
const DOCS_DIR = path.resolve(__dirname, '..', 'docs', 'rules');
export function docsUri(code: string): string { return pathToFileURL(path.join(DOCS_DIR, `${code}.md`)).href; }

export interface DiagnosticData { code: string; keys?: string[]; fixes?: number; uri: string; version: number; confidence?: string }

/** toDiagnostic adapts a core finding to LSP: stable code, source "palermo", docs link, related information. */
export function toDiagnostic(f: Finding, a: Analysis, uri: string, version: number): Diagnostic {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: docsUri(f.code) },
    source: 'palermo',
    // Keyword-level evidence is not legal compliance (DOMAIN §1.7): say when palermo is less than sure.
    message: (f.citations.length && !f.message.includes('A/RES/72/1') ? `${f.message} (${f.citations.join('; ')})` : f.message)
      + (f.confidence && f.confidence !== 'high' ? ` [confidence: ${f.confidence}]` : ''),
    ...(f.related?.length ? { relatedInformation: f.related.map(r => ({ location: { uri, range: r.range }, message: r.message })) } : {}),
    data: { code: f.code, keys: f.keys, fixes: f.fixes?.length ?? 0, uri, version, ...(f.confidence ? { confidence: f.confidence } : {}) } satisfies DiagnosticData,
  };
}
