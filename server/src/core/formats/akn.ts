import { XMLValidator } from 'fast-xml-parser';
import type { TextView } from './view';

// Akoma Ntoso is analysed through an offset-preserving view: every tag becomes spaces, and the tags that
// open or close a block (<section>, <num>, <heading>, <p>, …) start a new line, so the structure parser sees
// "Section 3", "Interpretation" and the body as it would in a plain-text law.

const BLOCK = new Set([
  'akomantoso', 'act', 'bill', 'body', 'preface', 'preamble', 'conclusions', 'mainbody',
  'book', 'part', 'title', 'chapter', 'subchapter', 'division', 'subdivision', 'section', 'subsection',
  'article', 'paragraph', 'subparagraph', 'point', 'list', 'item', 'clause', 'subclause', 'rule', 'proviso',
  'num', 'heading', 'subheading', 'content', 'intro', 'wrapup', 'p', 'blocklist', 'listintroduction',
  'listwrapup', 'hcontainer', 'tblock', 'longtitle', 'doctitle', 'definition', 'table', 'tr', 'meta',
]);
// Elements whose text is metadata, not law: masked whole.
const SKIP = new Set(['meta', 'authorialnote', 'remark']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function maskAkomaNtoso(text: string): TextView {
  const out = text.split('');
  const problems: TextView['problems'] = [];
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const line = valid.err.line, col = valid.err.col;
    let off = 0;
    for (let l = 1; l < line && off >= 0; l++) off = text.indexOf('\n', off) + 1;
    const start = Math.max(0, Math.min(text.length, off + col - 1));
    problems.push({ start, end: Math.min(text.length, start + 1), message: `Malformed XML: ${valid.err.msg}` });
  }
  const blank = (from: number, to: number, newline: boolean) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
    if (newline && from < to) out[from] = '\n';
  };
  let skipDepth = 0, skipName = '', skipFrom = 0;
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const i = m.index, j = i + m[0].length;
    if (m[5]) { // entity: keep its character in the first cell, blank the rest
      const e = m[5].toLowerCase();
      const ch = e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16) || 32)
        : e.startsWith('#') ? String.fromCodePoint(parseInt(e.slice(1), 10) || 32) : ENTITIES[e] ?? ' ';
      blank(i, j, false);
      if (ch.length === 1 && !skipDepth) out[i] = ch;
      continue;
    }
    if (m[1] !== undefined) { blank(i, i + 9, false); blank(j - 3, j, false); continue; } // CDATA keeps its text
    const name = (m[3] ?? '').toLowerCase().replace(/^.*:/, '');
    if (!name) { blank(i, j, false); continue; }
    const closing = m[2] === '/', selfClosing = m[4] === '/';
    if (skipDepth) {
      if (name === skipName) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
      if (!skipDepth) blank(skipFrom, j, true);
      continue;
    }
    if (SKIP.has(name) && !closing && !selfClosing) { skipDepth = 1; skipName = name; skipFrom = i; continue; }
    blank(i, j, BLOCK.has(name));
  }
  if (skipDepth) blank(skipFrom, text.length, true);
  return { format: 'akn', text: out.join(''), headingLevels: new Map(), problems };
}
