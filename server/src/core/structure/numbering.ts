// "The next section in the bill's own numbering style": the one helper every insertion uses (model clauses
// from the safeguards lane, snippets and fixes from the aids lane). Given the section a new one follows, it
// returns the new number and header line written the way the bill writes its own: "12. Heading",
// "Section 12 — Heading", "Article 12", "Artículo 12o.-", "## Section 12", "279.02", "177 ter", "45A".

import type { Provision } from '../types';
import { flatten } from './index';

const LATIN = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'nonies', 'decies'];

export interface NextSection {
  /** The new number as written ("12", "279.02", "177 ter", "45A"). */
  num: string;
  /** The complete header line, with the bill's keyword, punctuation and Markdown prefix. */
  header: string;
}

/** sectionNumbers lists the numbers already used by sections, for collision checks. */
export function sectionNumbers(root: Provision, text?: string): Set<string> {
  // Remembered per analysis: completion and each clause fix ask for it again (43 clauses × thousands of sections).
  const hit = numbersOf.get(root);
  if (hit && hit.text === text) return hit.set;
  // One loop (no filtered and mapped arrays), and each header's number read without a result object.
  const set = new Set<string>(), all = flatten(root);
  for (let i = 0; i < all.length; i++) {
    const p = all[i];
    if (p.kind === 'section' && p.num) set.add(norm(text ? writtenNum(text, p) : p.num));
  }
  numbersOf.set(root, { text, set });
  return set;
}
const numbersOf = new WeakMap<Provision, { text?: string; set: Set<string> }>();

/** The header line of a provision, from the start of its line (Markdown's "###" lies before the header span). */
function headerLine(text: string, p: Provision): string {
  let ls = p.headerSpan.start;
  while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && text.charCodeAt(ls - 1) !== 13) ls--;
  // firstLine of text[ls, header end), cut once.
  const he = p.headerSpan.end, nl = text.indexOf('\n', ls);
  return text.slice(ls, nl < 0 || nl >= he ? he : nl > ls && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
}

/** firstLine is s.split(/\r?\n/)[0] without splitting all of s: up to the first "\n", less a "\r" before it. */
export function firstLine(s: string): string {
  const nl = s.indexOf('\n');
  return nl < 0 ? s : s.slice(0, nl > 0 && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
}

// Portuguese/Brazilian inserted articles: "Art. 2º-A", "Artigo 2.º-A" (the parser reads the number as "2").
const PT_INSERTED = /^(\.?[º°])?-([A-Z])(?![A-Za-z])/;

/**
 * inserted: the insertion letter after the number in its header line ("2º-A"), with where the number is.
 * PT_INSERTED needs ".", "º", "°" or "-" right after the number: other headers are not cut and tried.
 */
function inserted(text: string, p: Provision): { at: number; m: RegExpExecArray | null } {
  const line = headerLine(text, p), num = p.num!;
  const at = line.indexOf(num);
  const c = at >= 0 ? line.charCodeAt(at + num.length) : -1;
  return { at, m: c === 46 || c === 0xba || c === 0xb0 || c === 45 ? PT_INSERTED.exec(line.slice(at + num.length)) : null };
}

/** writtenNum is written(text, p).num. */
function writtenNum(text: string, p: Provision): string {
  const { m } = inserted(text, p);
  return m ? `${p.num}-${m[2]}` : p.num!;
}

/** written: the number as the header writes it, with an insertion letter the parser leaves out ("2º-A" → "2-A"). */
function written(text: string, p: Provision): { num: string; ord?: string; suffixEnd?: number } {
  const { at, m } = inserted(text, p);
  return m ? { num: `${p.num}-${m[2]}`, ord: m[1] ?? '', suffixEnd: at + p.num!.length + m[0].length } : { num: p.num! };
}

/** norm: n.toLowerCase().replace(/[\s.\-–]+/g, ' ').trim(), with a short cut for plain lowercase letters and digits. */
export function norm(n: string): string {
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) return n.toLowerCase().replace(/[\s.\-–]+/g, ' ').trim();
  }
  return n;
}

/**
 * nextNumber: the number that follows `num` without colliding with an existing section. Integers go up by
 * one; where the next integer is taken (inserting mid-bill), the bill gets an inserted number in its own
 * idiom — "12A" in English, "12 bis" in French, Spanish and Portuguese.
 */
export function nextNumber(num: string, used: Set<string>, lang = 'en'): string {
  const free = (n: string) => !used.has(norm(n));
  const latin = /^(\d[\w.]{0,15}?)([ -]{1,3})(bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies)$/i.exec(num);
  if (latin) {
    const i = LATIN.indexOf(latin[3].toLowerCase());
    for (let k = i + 1; k < LATIN.length; k++) { const n = `${latin[1]}${latin[2]}${LATIN[k]}`; if (free(n)) return n; }
  }
  const dashLetter = /^(\d+)-([A-Z])$/.exec(num);
  if (dashLetter) {
    for (let c = dashLetter[2].charCodeAt(0) + 1; c <= 90; c++) { const n = `${dashLetter[1]}-${String.fromCharCode(c)}`; if (free(n)) return n; }
  }
  const letter = /^(\d+)([A-Z]|[a-z])$/.exec(num);
  if (letter) {
    for (let c = letter[2].charCodeAt(0) + 1; c <= letter[2].charCodeAt(0) + 20; c++) { const n = `${letter[1]}${String.fromCharCode(c)}`; if (free(n)) return n; }
  }
  const dotted = /^(.*[.\-])(\d+)$/.exec(num);
  if (dotted && !latin && !letter) {
    const width = dotted[2].length;
    const n = `${dotted[1]}${String(Number(dotted[2]) + 1).padStart(width, '0')}`;
    if (free(n)) return n;
  }
  const int = /^(\d+)(\D*)$/.exec(num);
  if (int && !latin && !letter && !dotted && !dashLetter) {
    const n = `${Number(int[1]) + 1}${int[2]}`;
    if (free(n)) return n;
  }
  const base = int?.[1] ?? dotted?.[0] ?? latin?.[1] ?? letter?.[1] ?? num;
  if (lang === 'en' || lang === 'pt') {
    // English "12A"; Portuguese and Brazilian "12-A" (written "Art. 12º-A" / "Artigo 12.º-A" by nextSection).
    const sep = lang === 'pt' ? '-' : '';
    for (let c = 65; c < 91; c++) { const n = `${base}${sep}${String.fromCharCode(c)}`; if (free(n)) return n; }
  }
  for (const l of LATIN) { const n = `${base} ${l}`; if (free(n)) return n; }
  return `${base}-1`;
}

/**
 * nextSection writes the header line of a new section after `after`, copying its header's keyword,
 * punctuation and prefix and putting `heading` where its heading was (or after the number).
 */
export function nextSection(text: string, root: Provision, after: Provision, heading: string, lang = 'en'): NextSection {
  const w = after.num ? written(text, after) : undefined;
  const num = nextNumber(w?.num ?? '0', sectionNumbers(root, text), lang);
  const line = headerLine(text, after);
  const at = after.num ? line.indexOf(after.num) : -1;
  if (at < 0) return { num, header: `${num}. ${heading}` };
  if (w?.suffixEnd !== undefined) {
    // After an inserted "Art. 2º-A …": the next is "Art. 2º-B Heading".
    const l = /^(\d+)-([A-Z])$/.exec(num);
    const n = l ? `${l[1]}${w.ord}-${l[2]}` : num;
    return { num, header: `${line.slice(0, at)}${n} ${heading}` };
  }
  const prefix = line.slice(0, at);
  let rest = line.slice(at + after.num!.length);
  // An ordinal mark stays on the number and the insertion letter follows it: "Art. 3º" → "Art. 3º-A".
  const ord = /^\.?[º°]/.exec(rest)?.[0];
  const lettered = /^(\d+)-([A-Z])$/.exec(num);
  let wnum = num;
  if (ord && lettered) { wnum = `${lettered[1]}${ord}-${lettered[2]}`; rest = rest.slice(ord.length); }
  const h = after.heading ? rest.indexOf(after.heading) : -1;
  if (h >= 0) {
    // Keep the heading's closing punctuation ("Asistencia." / "(Heading)"), not the text a one-line article
    // runs on with ("Artículo 4.- Asistencia. Las víctimas tendrán derecho…").
    const tail = /^[ \t]{0,3}[).:\]\-–—]{0,3}/.exec(rest.slice(h + after.heading!.length))![0];
    return { num, header: `${prefix}${wnum}${rest.slice(0, h)}${heading}${tail}` };
  }
  // No heading on the line: keep the number's decoration ("." / ".-" / " —") and write the heading after it.
  const deco = /^[\s.:\-–—)°ºo]*/.exec(rest)![0];
  const sep = deco.trim() ? `${deco.trimEnd()} ` : ord ? ' ' : (prefix.trim() ? ' — ' : '. ');
  return { num, header: `${prefix}${wnum}${sep}${heading}`.trimEnd() };
}
