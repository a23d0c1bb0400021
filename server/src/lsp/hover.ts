// Hovers: each provider looks at the offset under the cursor and may contribute a Markdown section. The
// first that answers wins, in order of specificity: a citation, a cross-reference, a recognised element term,
// a defined term, then the diagnostics at that place. Providers live in hover*.ts by subject.

import type { Hover } from 'vscode-languageserver/node';
import type { Analysis } from '../core/analysis';
import { PARA7_WORDS, groupOf } from '../core/coverage';
import { paragraph, quote } from '../core/declaration';
import { articleIdOfRef, renderArticle } from '../core/declaration/protocol';
import { ruleMeta } from '../core/rules/registry';
import { citationHover, protocolLines } from './hoverCitations';
import { crossRefHover, termHover } from './hoverStructure';

export type HoverProvider = (a: Analysis, offset: number) => { markdown: string; start: number; end: number } | undefined;

const GROUP_LABEL = { act: 'act', means: 'means', purpose: 'purpose (form of exploitation)' } as Record<string, string>;

/** elementHover: a recognised act, means or purpose term inside the definition or offence. */
export const elementHover: HoverProvider = (a, offset) => {
  const m = a.elements.matches.find(x => x.start <= offset && offset < x.end);
  if (!m) return undefined;
  const group = groupOf(m.key);
  const rule = ruleMetaForKey(m.key);
  const where = m.unit.via ? `, via ${m.unit.via}` : '';
  const lines = [
    `**palermo** · recognised ${GROUP_LABEL[group] ?? group}: **${m.label}** — ${m.confidence === 'high' ? 'the Protocol’s own wording' : 'a national variant of the Protocol wording'}${where}`,
    '',
    quote('7', PARA7_WORDS[m.key] ?? []),
    '',
    `Related: ${renderArticle('3(a)')}`,
  ];
  if (a.settings.trainingMode && rule) lines.push('', `**In plain language.** ${rule.explain}`);
  return { markdown: lines.join('\n'), start: m.start, end: m.end };
};

/** findingHover: the cursor is on diagnostics' ranges — explain each and quote the paragraphs behind them. */
export const findingHover: HoverProvider = (a, offset) => {
  const here = a.findings.filter(x => x.span.start <= offset && offset <= x.span.end);
  if (!here.length) return undefined;
  const lines: string[] = [];
  const quoted = new Set<string>();
  const refs = new Set<string>();
  for (const f of here) {
    const meta = ruleMeta(f.code);
    lines.push(`**palermo** · \`${f.code}\` — ${meta?.hover ?? f.message}`, '');
    if (a.settings.trainingMode && meta) lines.push(`**In plain language.** ${meta.explain}`, '');
    for (const r of meta?.refs ?? []) refs.add(r);
  }
  // Quote each paragraph once, at most three: a title line can carry many findings.
  for (const f of here) {
    const words = (f.keys ?? []).flatMap(k => PARA7_WORDS[k] ?? []);
    for (const p of f.paragraphs) {
      if (quoted.has(p) || quoted.size >= 3 || !paragraph(p)) continue;
      quoted.add(p);
      lines.push(quote(p, p === '7' ? words : []), '');
    }
  }
  const prot = [...refs].filter(r => articleIdOfRef(r));
  const other = [...refs].filter(r => !articleIdOfRef(r));
  if (prot.length) lines.push('Related:', ...protocolLines(prot).map(l => `- ${l}`), '');
  if (other.length) lines.push(`Other instruments: ${other.join('; ')}`);
  const start = Math.min(...here.map(f => f.span.start)), end = Math.max(...here.map(f => f.span.end));
  return { markdown: lines.join('\n').trim(), start, end };
};

function ruleMetaForKey(key: string) {
  const code = CODE_BY_KEY.get(key);
  return code ? ruleMeta(code) : undefined;
}
const CODE_BY_KEY = new Map<string, string>();
export function indexRules(rules: readonly { meta: { code: string; keys?: string[] } }[]): void {
  for (const r of rules) for (const k of r.meta.keys ?? []) if (!CODE_BY_KEY.has(k)) CODE_BY_KEY.set(k, r.meta.code);
}

export const HOVER_PROVIDERS: HoverProvider[] = [citationHover, crossRefHover, elementHover, termHover, findingHover];

export function hoverAt(a: Analysis, offset: number, providers = HOVER_PROVIDERS): Hover | null {
  for (const p of providers) {
    const h = p(a, offset);
    if (h) return { contents: { kind: 'markdown', value: h.markdown }, range: a.lines.range(h) };
  }
  return null;
}
