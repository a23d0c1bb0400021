import pc from 'picocolors';
import type { Report } from './report';

const ICON = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } as const;

/** formatText groups findings by file, in line order, coloured when the output is a terminal. */
export function formatText(r: Report, color: boolean): string {
  const c = pc.createColors(color);
  const sev = { error: c.red, warning: c.yellow, info: c.cyan, hint: c.dim } as const;
  const out: string[] = [];
  for (const f of r.files) {
    out.push(c.underline(c.bold(f.path)) + c.dim(`  (${f.language}, ${f.format}${f.source ? ', from .docx' : ''})`));
    if (!f.diagnostics.length) out.push(c.green('  no findings'));
    const sorted = [...f.diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    for (const d of sorted) {
      const pos = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(8);
      out.push(`  ${c.dim(pos)} ${sev[d.severity](ICON[d.severity].padEnd(7))} ${d.message} ${c.dim(d.code)}`);
    }
    const def = f.coverage['definition.found'];
    const present = (p: string) => Object.entries(f.coverage).filter(([k, v]) => k.startsWith(p) && v.present).length;
    if (def?.present) out.push(c.dim(`  coverage: act ${present('act.')}/5 · means ${present('means.')}/9 · purpose ${present('purpose.')}/7`));
    out.push('');
  }
  for (const e of r.errors) out.push(`${c.red('error')} ${e.path}: ${e.message}`);
  const s = r.summary;
  out.push(c.bold(`${s.files} file${s.files === 1 ? '' : 's'} checked: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info${s.unreadable ? `, ${s.unreadable} unreadable` : ''}`));
  return out.join('\n') + '\n';
}
