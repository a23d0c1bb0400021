import type { Provision, Span } from '../types';
import { deepestAt, flatten, sectionOf } from './index';

export interface CrossRef {
  span: Span;
  /** "section", "article", "subsection"… as written (folded). */
  kind: string;
  num?: string;
  /** Sub-provision path: "section 3(1)(a)" → ["1", "a"]. */
  path: string[];
  target?: Provision;
  /** The provision the reference is written in. */
  from: Provision;
}

const NUM = String.raw`[lrd]?\d+(?:[.\-]\d+)*(?:-?[a-z](?![a-z]))?(?:\s+(?:bis|ter|quater|quinquies))?[o°º]?`;
const REF = new RegExp(String.raw`(?<![\p{L}])(sections?|ss?\.|articles?|arts?\.|articulos?|artigos?|§{1,2})[ \t]*(${NUM})((?:[ \t]?\([0-9a-z]{1,6}\))*)|(?<![\p{L}])(subsections?|paragraphs?|paragraphes?|apartados?|incisos?|fracci(?:on|ones))[ \t]*((?:\([0-9a-z]{1,6}\))+)`, 'gu');

// What follows a reference to another instrument: "of the X Act", "de la Constitución", "du code du travail".
export const EXTERNAL = /^[ ,]*(?:(?:to|a|à)\s+[0-9a-z.]{1,12}\s+)?(?:of|de|du|del|da|do|des|dos|das)\s+(?!(?:this|the present|cette|ce|la presente|le present|la presente|esta|este|esta|presente|la misma|dicha|da presente|desta|deste)\b)(?:the |la |le |l'|el |los |las |a |o )?(?:[a-z]+ ){0,6}(?:act|code|codigo|code|ley|loi|lei|constitution|constitucion|constituicao|convention|convencion|decree|decreto|decret|regulations?|reglamento|ordinance|ordonnance)\b/;
const norm = (s: string) => s.toLowerCase().replace(/[o°º]$/, '').replace(/\s+/g, ' ').trim();

/** findCrossRefs finds references to other provisions ("section 3(1)", "article 10", "subsection (2)") and resolves them. */
export function findCrossRefs(root: Provision, folded: string): CrossRef[] {
  const sections = new Map<string, Provision>();
  for (const p of flatten(root)) if (p.kind === 'section' && p.num && !sections.has(norm(p.num))) sections.set(norm(p.num), p);
  const out: CrossRef[] = [];
  REF.lastIndex = 0;
  for (let m = REF.exec(folded); m; m = REF.exec(folded)) {
    const from = deepestAt(root, m.index);
    const parts = (m[3] ?? m[5] ?? '').match(/\(([0-9a-z]{1,6})\)/g)?.map(s => s.slice(1, -1)) ?? [];
    let target: Provision | undefined;
    if (m[1]) {
      // "section 1(1)(a) of the Protection of Children Act 1978", "article 1o. de la Constitución": another
      // instrument, not this bill's section of that number.
      if (EXTERNAL.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 80))) { out.push({ span: { start: m.index, end: m.index + m[0].length }, kind: m[1], num: m[2], path: parts, target: undefined, from }); continue; }
      target = sections.get(norm(m[2]));
      // A reference from a section's own heading line to itself ("Section 3.") is its number, not a reference.
      if (target && m.index >= target.headerSpan.start && m.index < target.headerSpan.end) continue;
    } else {
      target = sectionOf(from);
    }
    for (const part of parts) {
      const child: Provision | undefined = target?.children.find(c => c.num?.toLowerCase() === part);
      if (!child) break;
      target = child;
    }
    out.push({ span: { start: m.index, end: m.index + m[0].length }, kind: m[1] ?? m[4], num: m[2], path: parts, target, from });
  }
  return out;
}
