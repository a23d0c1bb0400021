// Citations written in a bill or its explanatory notes: "A/RES/72/1, para 8", "Declaration ¶7", "para. 16",
// "Protocol, art. 3", "article 6(3) of the Protocol". Found on the folded text (same offsets as the original).
import type { Span } from '../types';
import { paragraph } from './index';
import { protocolArticle } from './protocol';

export interface Citation { kind: 'declaration' | 'protocol'; id: string; span: Span }

const PID = String.raw`(\d{1,2}(?:\s?\([a-z]\))?)`;
const AID = String.raw`(\d{1,2}(?:\([a-z0-9]{1,4}\))*)`;
const PARA = String.raw`(?:paras?\.?|paragraphs?|paragraphes?|parrafos?|paragrafos?|¶|§)`;
const DECL = new RegExp([
  // A/RES/72/1, para 8 — and "resolution 72/1, paragraph 8"
  String.raw`(?:a\/res\/72\/1|resolution\s+72\/1)[\s,]{0,4}${PARA}[ \t]{0,2}${PID}`,
  // Declaration ¶7, Political Declaration, para 8, declaracion, parrafo 8
  String.raw`(?:political\s+)?(?:declaration|declaracion|declaracao)[\s,]{0,4}${PARA}[ \t]{0,2}${PID}`,
  // paragraph 8 of the declaration / paragraphe 8 de la declaration
  String.raw`${PARA}[ \t]{0,2}${PID}\s+(?:of\s+the|de\s+la|da)\s+(?:political\s+)?(?:declaration|declaracion|declaracao)`,
  // bare "para. 16", "¶ 8": the abbreviation is not used for a bill's own paragraphs, which are "(2)"
  String.raw`(?<![\p{L}])(?:para\.?|¶)\s?${PID}(?![\d(])`,
].join('|'), 'gu');
const PROT = new RegExp([
  String.raw`(?:protocol|protocole|protocolo)[\s,]{0,4}(?:art(?:icle|iculo|igo)?s?\.?)[ \t]{0,2}${AID}`,
  String.raw`(?<![\p{L}])(?:art(?:icle|iculo|igo)?\.?)[ \t]{0,2}${AID}\s+(?:of\s+the|du|del|do)\s+(?:trafficking\s+(?:in\s+persons\s+)?)?(?:protocol|protocole|protocolo)`,
].join('|'), 'gu');

/** findCitations lists declaration and Protocol citations, in document order; unknown paragraph numbers are skipped. */
export function findCitations(folded: string): Citation[] {
  const out: Citation[] = [];
  DECL.lastIndex = 0;
  for (let m = DECL.exec(folded); m; m = DECL.exec(folded)) {
    const id = (m.slice(1).find(Boolean) ?? '').replace(/\s+/g, '');
    if (paragraph(id)) out.push({ kind: 'declaration', id, span: { start: m.index, end: m.index + m[0].length } });
  }
  PROT.lastIndex = 0;
  for (let m = PROT.exec(folded); m; m = PROT.exec(folded)) {
    const id = m.slice(1).find(Boolean) ?? '';
    if (protocolArticle(id)) out.push({ kind: 'protocol', id, span: { start: m.index, end: m.index + m[0].length } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
