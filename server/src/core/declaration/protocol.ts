// Protocol articles (short summaries in our own words, data/protocol.json), for hovers that relate a
// declaration paragraph or a rule to the treaty article behind it.
import data from '../../../../data/protocol.json';

export interface ProtocolArticle { id: string; subject: string; summary: string }

const articles = (data as { articles: ProtocolArticle[] }).articles;
const byId = new Map(articles.map(a => [a.id, a]));

/** protocolArticle: "3(a)" → that entry; falls back to the whole article ("6(3)(b)" → "6(3)" → "6"). */
export function protocolArticle(id: string): ProtocolArticle | undefined {
  let key = id.replace(/\s+/g, '').toLowerCase();
  for (;;) {
    const hit = byId.get(key);
    if (hit) return hit;
    const shorter = key.replace(/\([^()]*\)$/, '');
    if (shorter === key) return undefined;
    key = shorter;
  }
}

/** fromRef reads "Protocol, art. 6(3)" (as written in rule refs and paragraph data) into an article id. */
export function articleIdOfRef(ref: string): string | undefined {
  const m = /^Protocol,?\s+art(?:icle|\.)?\s*(\d+(?:\([a-z0-9]+\))*)/i.exec(ref.trim());
  return m?.[1];
}

/** renderArticle: one Markdown line for hovers. */
export function renderArticle(id: string): string | undefined {
  const a = protocolArticle(id);
  return a ? `**Protocol, art. ${id}** — ${a.subject}: ${a.summary}` : undefined;
}

export const PROTOCOL_ARTICLES: readonly ProtocolArticle[] = articles;
