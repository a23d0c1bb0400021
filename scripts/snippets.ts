// snippets.ts — the editor snippets (snippets/<lang>.code-snippets) derived from the model clauses in
// data/clauses/<lang>.json, so the snippet a drafter inserts and the text a quick fix inserts never differ.
// Called by generate.ts; the drift test fails if the committed snippet files are stale.
import { clauses } from '../server/src/core/clauses';
import { cite } from '../server/src/core/declaration';
import { LANGS, type Lang } from '../server/src/core/types';
import type { Clause } from '../server/src/core/clauses';

/** The provision heading line in each language's usual drafting style; `n` is the section number tab stop. */
const HEADING: Record<Lang, (n: string, heading: string) => string> = {
  en: (n, h) => `${n}. ${h}`,
  fr: (n, h) => `Article ${n} – ${h}`,
  es: (n, h) => `Artículo ${n}. ${h}`,
  pt: (n, h) => `Artigo ${n}.º – ${h}`,
};

/** highestTabStop: the number after the clause's own tab stops, so the section number is visited last. */
export function highestTabStop(body: string[]): number {
  let max = 0;
  for (const l of body) for (const m of l.matchAll(/\$\{?(\d+)/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** snippetBody: a definition is an entry inside the interpretation provision; anything else is a new section. */
export function snippetBody(c: Clause, lang: Lang): string[] {
  if (c.part === 'definitions') return [...c.body];
  const n = highestTabStop(c.body) + 1;
  return [HEADING[lang](`\${${n}:N}`, c.heading), ...c.body];
}

export function snippetFile(lang: Lang): Record<string, { prefix: string[]; body: string[]; description: string }> {
  const out: Record<string, { prefix: string[]; body: string[]; description: string }> = {};
  for (const c of clauses(lang)) {
    out[`${c.title} (${c.id}, ${lang})`] = {
      prefix: c.prefix,
      body: snippetBody(c, lang),
      description: `palermo model clause — ${c.title}. Implements ${c.paragraphs.map(cite).join('; ')}.${c.codes.length ? ` Resolves: ${c.codes.join(', ')}.` : ''}`,
    };
  }
  return out;
}

/** snippetFiles maps repository-relative paths to their generated content. */
export function snippetFiles(): Map<string, string> {
  return new Map(LANGS.map(l => [`snippets/${l}.code-snippets`, JSON.stringify(snippetFile(l), null, 2) + '\n']));
}
