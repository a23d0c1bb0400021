import en from '../../../../data/clauses/en.json';
import fr from '../../../../data/clauses/fr.json';
import es from '../../../../data/clauses/es.json';
import pt from '../../../../data/clauses/pt.json';
import type { Lang } from '../types';
import type { Clause, ClauseFile } from './types';

const FILES: Record<Lang, ClauseFile> = { en: en as ClauseFile, fr: fr as ClauseFile, es: es as ClauseFile, pt: pt as ClauseFile };

export function clauses(lang: Lang): Clause[] { return FILES[lang]?.clauses ?? []; }

/** clauseById finds a clause in the given language (English if that language lacks it). */
export function clauseById(id: string, lang: Lang): Clause | undefined {
  return clauses(lang).find(c => c.id === id) ?? clauses('en').find(c => c.id === id);
}

/** clauseFor finds the clause that resolves a rule code, in the bill's language (English if none). */
export function clauseFor(code: string, lang: Lang): Clause | undefined {
  return clauses(lang).find(c => c.codes.includes(code)) ?? clauses('en').find(c => c.codes.includes(code));
}

/** plain turns snippet syntax into the text a quick fix inserts: each tab stop or choice becomes its default. */
export function plain(lines: string[]): string[] {
  return lines.map(l => l
    .replace(/\$\{\d+\|([^,|}$]*)(?:,[^,|}$]*)*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}$]*)\}/g, '$1')
    .replace(/\$\{?\d+\}?/g, ''));
}

export type { Clause } from './types';
