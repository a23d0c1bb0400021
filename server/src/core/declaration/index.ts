import data from '../../../../data/declaration.json';
import { dropLastWord } from '../text/trim';
import { escapeRegExp } from '../text/escape';

export interface Paragraph {
  id: string;
  number: number;
  parent?: string;
  subject: string;
  protocol: string[];
  text: string;
  footnotes: number[];
}

export interface Declaration {
  symbol: string;
  title: string;
  adopted: string;
  paragraphs: Paragraph[];
  footnotes: { n: number; text: string }[];
}

export const declaration = data as Declaration;
const byId = new Map(declaration.paragraphs.map(p => [p.id, p]));

/** paragraph looks a paragraph up by id: "7", "11(a)". */
export function paragraph(id: string): Paragraph | undefined {
  return byId.get(id.replace(/\s+/g, '').toLowerCase());
}

/** cite renders the canonical citation: "A/RES/72/1, para 7", "A/RES/72/1, para 11(a)". */
export function cite(id: string): string {
  return `${declaration.symbol}, para ${id}`;
}

/** footnote returns the text of footnote n of the declaration. */
export function footnote(n: number): string | undefined {
  return declaration.footnotes.find(f => f.n === n)?.text;
}

/**
 * quote renders a paragraph as Markdown with the given words emphasised (case-insensitive, whole phrase),
 * followed by its citation, for hovers. `emphasis` phrases are English; where none occurs the paragraph is
 * quoted plain.
 */
export function quote(id: string, emphasis: string[] = [], maxLength = 1200): string {
  const p = paragraph(id);
  if (!p) return '';
  let text = p.text;
  if (text.length > maxLength) text = dropLastWord(text.slice(0, maxLength)) + ' …';
  const phrases = [...new Set(emphasis.filter(e => e.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (phrases.length) {
    const re = new RegExp(`(${phrases.map(escapeRegExp).join('|')})`, 'gi');
    text = text.replace(re, '**$1**');
  }
  return `> ${text}\n>\n> — *${cite(p.id)}* (${p.subject})`;
}

