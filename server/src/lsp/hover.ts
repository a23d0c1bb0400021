// Hovers: each provider looks at the offset under the cursor and may contribute a Markdown section. The
// first that answers wins, in order of specificity (a finding, a recognised element term, …).

import type { Hover } from 'vscode-languageserver/node';
import type { Analysis } from '../core/analysis';
import { PARA7_WORDS, groupOf } from '../core/coverage';
import { quote } from '../core/declaration';
import { ruleMeta } from '../core/rules/registry';

export type HoverProvider = (a: Analysis, offset: number) => { markdown: string; start: number; end: number } | undefined;

const GROUP_LABEL = { act: 'act', means: 'means', purpose: 'purpose (form of exploitation)' } as Record<string, string>;

/** elementHover: a recognised act, means or purpose term inside the definition or offence. */
export const elementHover: HoverProvider = (a, offset) => {
  const m = a.elements.matches.find(x => x.start <= offset && offset < x.end);
  if (!m) return undefined;
  const group = groupOf(m.key);
  const rule = [...(ruleMetaForKey(m.key) ? [ruleMetaForKey(m.key)!] : [])][0];
  const where = m.unit.via ? `, via ${m.unit.via}` : '';
  const lines = [
    `**palermo** · recognised ${GROUP_LABEL[group] ?? group}: **${m.label}** — ${m.confidence === 'high' ? 'the Protocol’s own wording' : 'a national variant of the Protocol wording'}${where}`,
    '',
    quote('7', PARA7_WORDS[m.key] ?? []),
  ];
  if (a.settings.trainingMode && rule) lines.push('', `**In plain language.** ${rule.explain}`);
  return { markdown: lines.join('\n'), start: m.start, end: m.end };
};

/** findingHover: the cursor is on a diagnostic's range — explain it and quote the paragraphs behind it. */
export const findingHover: HoverProvider = (a, offset) => {
  const f = a.findings.find(x => x.span.start <= offset && offset <= x.span.end && x.paragraphs.length);
  if (!f) return undefined;
  const meta = ruleMeta(f.code);
  const words = (f.keys ?? []).flatMap(k => PARA7_WORDS[k] ?? []);
  const lines = [`**palermo** · \`${f.code}\` — ${meta?.hover ?? f.message}`, ''];
  for (const p of f.paragraphs) lines.push(quote(p, p === '7' ? words : []), '');
  if (meta?.refs.length) lines.push(`Related: ${meta.refs.join('; ')}`);
  if (a.settings.trainingMode && meta) lines.push('', `**In plain language.** ${meta.explain}`);
  return { markdown: lines.join('\n').trim(), start: f.span.start, end: f.span.end };
};

function ruleMetaForKey(key: string) {
  const code = CODE_BY_KEY.get(key);
  return code ? ruleMeta(code) : undefined;
}
const CODE_BY_KEY = new Map<string, string>();
export function indexRules(rules: readonly { meta: { code: string; keys?: string[] } }[]): void {
  for (const r of rules) for (const k of r.meta.keys ?? []) if (!CODE_BY_KEY.has(k)) CODE_BY_KEY.set(k, r.meta.code);
}

export const HOVER_PROVIDERS: HoverProvider[] = [elementHover, findingHover];

export function hoverAt(a: Analysis, offset: number, providers = HOVER_PROVIDERS): Hover | null {
  for (const p of providers) {
    const h = p(a, offset);
    if (h) return { contents: { kind: 'markdown', value: h.markdown }, range: a.lines.range(h) };
  }
  return null;
}
