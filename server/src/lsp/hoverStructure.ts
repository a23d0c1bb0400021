// Structure hovers: a cross-reference ("section 3(1)", "article 10") shows the text of the provision it points
// to; a defined term (where it is defined or used) shows its definition and how often the bill uses it.
import type { Analysis } from '../core/analysis';
import type { Provision } from '../core/types';
import { termAt, termUses } from '../core/navigation/termUses';
import { renderArticle } from '../core/declaration/protocol';
import { dropLastWord } from '../core/text/trim';
import type { HoverProvider } from './hover';

const MAX = 900;

/** excerpt renders a provision's text as a Markdown quote, cut at a word boundary. */
export function excerpt(a: Analysis, start: number, end: number): string {
  let t = a.text.slice(start, end).trim();
  if (t.length > MAX) t = dropLastWord(t.slice(0, MAX)) + ' …';
  return t.split(/\r?\n/).map(l => `> ${l}`).join('\n');
}

function title(a: Analysis, p: Provision): string {
  return `${a.describe(p)}${p.heading ? ` — ${p.heading}` : ''}`;
}

export const crossRefHover: HoverProvider = (a, offset) => {
  const r = a.crossRefs.find(x => x.span.start <= offset && offset < x.span.end);
  if (!r) return undefined;
  if (!r.target) {
    return { markdown: `**palermo** · cross-reference to ${a.text.slice(r.span.start, r.span.end)} — no such provision in this bill.`, ...r.span };
  }
  return { markdown: `**palermo** · ${title(a, r.target)}\n\n${excerpt(a, r.target.start, r.target.end)}`, ...r.span };
};

// Terms the Protocol itself defines: their hover names the article (in any of the four languages).
const PROTOCOL_TERM: [RegExp, string][] = [
  [/traffick|traite|trata|trafico/, '3(a)'], [/exploit|explot|explora/, '3(a)'],
  [/child|enfant|nino|menor|crianca/, '3(d)'], [/consent/, '3(b)'],
];

export const termHover: HoverProvider = (a, offset) => {
  const hit = termAt(a, offset);
  if (!hit) return undefined;
  const t = hit.term;
  const uses = termUses(a).filter(u => u.term === t).length;
  const lines = [
    `**palermo** · defined term **${t.term}** — defined in ${a.describe(t.provision)}; used ${uses} time${uses === 1 ? '' : 's'}`,
    '', excerpt(a, t.defSpan.start, Math.min(t.defSpan.end, t.provision.end)),
  ];
  const art = PROTOCOL_TERM.find(([re]) => re.test(t.key))?.[1];
  if (art) lines.push('', `Related: ${renderArticle(art)}`);
  if (a.settings.trainingMode) lines.push('', '**In plain language.** A defined term means exactly what its definition says wherever the bill uses it. Define each term once, use it consistently, and check that the definition is at least as broad as the Protocol’s.');
  return { markdown: lines.join('\n'), ...hit.span };
};
