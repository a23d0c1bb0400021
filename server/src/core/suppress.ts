// Inline suppression: a reviewer silences one finding, with a reason, in the bill itself.
//
//   Markdown, Akoma Ntoso:  <!-- palermo-disable-next-line victim-residence-missing -- residence is in the Aliens Act -->
//   .bill and plain text:   // palermo-disable-next-line victim-residence-missing -- residence is in the Aliens Act
//
// `palermo-disable-next-line <code>[, <code>…] -- <reason>` silences those codes on the next non-blank line;
// `palermo-disable <code>[, …] -- <reason>` silences them from the comment to the end of the document (or to
// `palermo-enable <code>`). `*` stands for every code. The reason is required: a directive without one, or
// naming an unknown code, silences nothing and is itself reported (`suppression-invalid`), so a silenced
// finding always has a recorded justification. The comment lines are masked (formats/view.ts) and never analysed.

import type { Finding, Span } from './types';
import type { LineIndex } from './text/lineIndex';
import { registerCache } from './cache';

/**
 * mentionsPalermo is text.includes('palermo-'), remembered for the last text asked about: the view's
 * comment masking (formats/view.ts) and the directive scan below both ask it of the same 1 MB bill. Asked
 * again with the same string object, the comparison is a pointer check.
 */
export function mentionsPalermo(text: string): boolean {
  if (last.text !== text) last.has = includesPalermo(text);
  last.text = text; // an equal text held as another object is compared in full once, then by pointer
  return last.has;
}

/**
 * includesPalermo is text.includes('palermo-'), found from the dashes: V8 searches a bill that holds any
 * character beyond Latin-1 (a two-byte string) for an 8-character word at about 1 ms per MB, but finds a
 * single character such as "-" (rarer than "p") far faster, and each dash needs one startsWith. A text
 * crowded with dashes (Markdown rules, tables) is searched with includes() from where the dashes got dense.
 */
export function includesPalermo(text: string): boolean {
  let budget = (text.length >> 6) + 16;
  for (let i = text.indexOf('-', 7); i >= 0; i = text.indexOf('-', i + 1)) {
    if (text.startsWith('palermo', i - 7)) return true;
    if (--budget === 0) return text.includes('palermo-', i - 6);
  }
  return false;
}
const last: { text?: string; has: boolean; clear(): void } = { has: false, clear() { this.text = undefined; } };
registerCache(last);

export interface Directive {
  kind: 'next-line' | 'disable' | 'enable';
  codes: string[];
  reason?: string;
  span: Span;
  line: number;
}

export interface Suppressed { finding: Finding; reason: string; line: number }

// One directive per line; bounded quantifiers only (the ReDoS test checks every pattern).
const DIRECTIVE = /palermo-(disable-next-line|disable|enable)[ \t]{1,40}([\w*,\- \t]{1,400}?)(?:[ \t]{0,40}--[ \t]{0,40}([^\r\n]{0,500}?))?[ \t]{0,40}(?:-->|\r|\n|$)/g;

/** directives lists the palermo comments of a document, in order. */
export function directives(text: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  if (!mentionsPalermo(text)) return out;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const kind = m[1] === 'disable-next-line' ? 'next-line' : m[1] as 'disable' | 'enable';
    const codes = m[2].split(/[\s,]+/).filter(Boolean);
    const reason = m[3]?.replace(/-->$/, '').trim();
    out.push({ kind, codes, ...(reason ? { reason } : {}), span: { start: m.index, end: m.index + m[0].length }, line: lines.lineOf(m.index) });
  }
  return out;
}

/**
 * applySuppressions removes the findings silenced by valid directives and returns them apart, with their
 * reasons; invalid directives become `suppression-invalid` findings.
 */
export function applySuppressions(text: string, lines: LineIndex, findings: Finding[], known: (code: string) => boolean): { findings: Finding[]; suppressed: Suppressed[] } {
  const ds = directives(text, lines);
  if (!ds.length) return { findings, suppressed: [] };
  const invalid: Finding[] = [];
  const valid = ds.filter(d => {
    const bad = d.codes.filter(c => c !== '*' && !known(c));
    const why = !d.codes.length ? 'names no rule code' : bad.length ? `names unknown rule code${bad.length > 1 ? 's' : ''} ${bad.join(', ')}`
      : d.kind !== 'enable' && !d.reason ? 'gives no reason (write "-- reason" after the codes)' : undefined;
    if (why) invalid.push({ code: 'suppression-invalid', severity: 'warning', message: `This palermo suppression comment ${why}; it silences nothing.`, span: d.span, range: lines.range(d.span), citations: [], paragraphs: [] });
    return !why;
  });
  const kept: Finding[] = [];
  const suppressed: Suppressed[] = [];
  for (const f of findings) {
    const d = silencer(valid, f, text, lines);
    if (d) suppressed.push({ finding: f, reason: d.reason ?? '', line: d.line });
    else kept.push(f);
  }
  return { findings: [...kept, ...invalid], suppressed };
}

function silencer(ds: Directive[], f: Finding, text: string, lines: LineIndex): Directive | undefined {
  const names = (d: Directive) => d.codes.includes('*') || d.codes.includes(f.code);
  const line = f.range.start.line;
  let active: Directive | undefined;
  for (const d of ds) {
    if (d.span.start > f.span.start && d.line >= line) break;
    if (!names(d)) continue;
    if (d.kind === 'disable') active = d;
    else if (d.kind === 'enable') active = undefined;
    else if (nextContentLine(text, lines, d.line) === line) return d;
  }
  return active;
}

/** The first non-blank line after `line` that is not itself a palermo comment. */
function nextContentLine(text: string, lines: LineIndex, line: number): number {
  for (let l = line + 1; l < lines.lineCount; l++) {
    const s = text.slice(lines.lineStart(l), lines.lineEnd(l));
    if (s.trim() && !/^\s{0,40}(?:\/\/|<!--)\s{0,40}palermo-/.test(s)) return l;
  }
  return -1;
}
