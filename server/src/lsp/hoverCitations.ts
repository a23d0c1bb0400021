// Citation hovers: a declaration citation ("A/RES/72/1, para 8", "Declaration ¶7", "para. 16") shows the
// quoted paragraph with the words the citing provision shares with it emphasised, its subject and the
// Protocol articles behind it; a Protocol citation ("Protocol, art. 3") shows our summary of the article.
import type { Analysis } from '../core/analysis';
import { findCitations, type Citation } from '../core/declaration/citations';
import { paragraph, quote } from '../core/declaration';
import { articleIdOfRef, renderArticle } from '../core/declaration/protocol';
import { keyPhrases } from '../core/declaration/search';
import { deepestAt, sectionOf } from '../core/structure';
import type { HoverProvider } from './hover';

const cache = new WeakMap<Analysis, Citation[]>();
export function citationsOf(a: Analysis): Citation[] {
  let c = cache.get(a);
  if (!c) { c = findCitations(a.folded); cache.set(a, c); }
  return c;
}

/** protocolLines: one line per Protocol article a paragraph relates to (from the paragraph data). */
export function protocolLines(refs: string[]): string[] {
  return refs.map(r => { const id = articleIdOfRef(r); return (id && renderArticle(id)) ?? `**${r}**`; });
}

/**
 * emphasisFor: the paragraph's key phrases that the citing provision also uses (what the drafter is relying
 * on); when the provision shares none, the key phrases themselves, so the paragraph's point still stands out.
 */
export function emphasisFor(a: Analysis, id: string, offset: number): string[] {
  const p = paragraph(id);
  if (!p) return [];
  const holder = sectionOf(deepestAt(a.root, offset)) ?? deepestAt(a.root, offset);
  const around = a.folded.slice(holder.start, holder.end);
  const inPara = keyPhrases(id).filter(k => p.text.toLowerCase().includes(k.toLowerCase()));
  const shared = inPara.filter(k => around.includes(k.toLowerCase()));
  return shared.length ? shared : inPara;
}

export const citationHover: HoverProvider = (a, offset) => {
  const c = citationsOf(a).find(x => x.span.start <= offset && offset <= x.span.end);
  if (!c) return undefined;
  if (c.kind === 'protocol') {
    const line = renderArticle(c.id);
    if (!line) return undefined;
    return { markdown: `**palermo** · Protocol citation\n\n${line}\n\n*Summary in our words, not the treaty text.*`, ...c.span };
  }
  const p = paragraph(c.id)!;
  const lines = [`**palermo** · A/RES/72/1, para ${p.id} — **${p.subject}**`, '', quote(p.id, emphasisFor(a, p.id, offset))];
  const prot = protocolLines(p.protocol);
  if (prot.length) lines.push('', 'Related:', ...prot.map(l => `- ${l}`));
  return { markdown: lines.join('\n'), ...c.span };
};
