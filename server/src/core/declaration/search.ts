// Fuzzy search over the declaration: paragraph subjects, key phrases (data/declaration-phrases.json, with
// French/Spanish/Portuguese search words) and text. Behind the "Search the declaration" command and the
// citation completion ("para" → paragraphs). A paragraph number ("8", "para 11(a)") ranks that paragraph first.
import Fuse from 'fuse.js';
import phrasesData from '../../../../data/declaration-phrases.json';
import { cite, declaration, type Paragraph } from './index';

export interface SearchHit { id: string; subject: string; citation: string; score: number; text: string; matched?: string }

const PHRASES = (phrasesData as { phrases: Record<string, string[]> }).phrases;
export function keyPhrases(id: string): string[] { return PHRASES[id] ?? []; }

interface Item { id: string; subject: string; text: string; phrases: string[] }
const items: Item[] = declaration.paragraphs.map((p: Paragraph) => ({ id: p.id, subject: p.subject, text: p.text, phrases: keyPhrases(p.id) }));
let fuse: Fuse<Item> | undefined; // built on first use: the server starts faster

/** searchDeclaration returns the best paragraphs for a query, best first. An empty query lists them all. */
export function searchDeclaration(query: string, limit = 10): SearchHit[] {
  const q = query.trim();
  const hit = (it: Item, score: number, matched?: string): SearchHit => ({ id: it.id, subject: it.subject, citation: cite(it.id), score, text: it.text, ...(matched ? { matched } : {}) });
  if (!q) return items.slice(0, limit).map(it => hit(it, 0));
  // Strip "A/RES/72/1," and "para" step by step (trim, not \s*, keeps the patterns linear).
  const bare = q.replace(/^a\/res\/72\/1,?/i, '').trim().replace(/^(?:paragraph|para\.?|¶)/i, '').trim();
  const num = /^(\d{1,2}(?:\s?\([a-z]\))?)$/i.exec(bare);
  const out: SearchHit[] = [];
  if (num) {
    const id = num[1].replace(/\s+/g, '').toLowerCase();
    // "11" also lists 11(a) and 11(b).
    for (const it of items) if (it.id === id || it.id.startsWith(`${id}(`)) out.push(hit(it, 0));
  }
  fuse ??= new Fuse(items, {
    keys: [{ name: 'phrases', weight: 0.45 }, { name: 'subject', weight: 0.35 }, { name: 'text', weight: 0.2 }],
    includeScore: true, includeMatches: true, ignoreLocation: true, threshold: 0.4, minMatchCharLength: 2,
  });
  for (const r of fuse.search(q, { limit: limit * 2 })) {
    if (out.some(h => h.id === r.item.id)) continue;
    const m = r.matches?.find(x => x.key !== 'text') ?? r.matches?.[0];
    out.push(hit(r.item, r.score ?? 1, typeof m?.value === 'string' && m.key !== 'text' ? m.value : undefined));
  }
  return out.slice(0, limit);
}
