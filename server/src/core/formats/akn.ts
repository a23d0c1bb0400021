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
    const line = valid.err.line ?? 1, col = valid.err.col ?? 1; // the validator omits col (and may omit line) for some errors
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
  for (const m of markup(text)) {
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

type Markup = { index: number; 0: string } & (string | undefined)[];

/**
 * markup yields comments, CDATA, processing instructions, DOCTYPE, tags and entities in document order,
 * shaped like the matches of the single pattern it replaces (groups: 1 CDATA text, 2 "/", 3 name, 4 "/",
 * 5 entity). Closers are found with indexOf and an unclosed construct is remembered, so hostile input
 * ("<a<a<a…" with no ">") costs linear time where the lazy pattern rescanned to the end from every "<".
 */
function* markup(text: string): Iterable<Markup> {
  const none = new Set<string>(); // closers known to be absent from the rest of the text
  const closer = (s: string, from: number): number => {
    if (none.has(s)) return -1;
    const at = text.indexOf(s, from);
    if (at < 0) none.add(s);
    return at;
  };
  const NAME = /<(\/?)([A-Za-z_][\w.:-]*)/y, ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/iy;
  const match = (index: number, end: number, groups: (string | undefined)[]): Markup =>
    Object.assign([text.slice(index, end), ...groups], { index }) as unknown as Markup;
  let lt = text.indexOf('<'), amp = text.indexOf('&');
  while (lt >= 0 || amp >= 0) {
    const i = lt >= 0 && (amp < 0 || lt < amp) ? lt : amp;
    let m: Markup | undefined;
    if (i === amp) {
      ENTITY.lastIndex = i;
      const e = ENTITY.exec(text);
      if (e) m = match(i, i + e[0].length, [undefined, undefined, undefined, undefined, e[1]]);
    } else if (text.startsWith('<!--', i)) {
      const c = closer('-->', i + 4);
      if (c >= 0) m = match(i, c + 3, []);
    } else if (text.slice(i, i + 9).toUpperCase() === '<![CDATA[') {
      const c = closer(']]>', i + 9);
      if (c >= 0) m = match(i, c + 3, [text.slice(i + 9, c)]);
    } else if (text.startsWith('<?', i)) {
      const c = closer('?>', i + 2);
      if (c >= 0) m = match(i, c + 2, []);
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const c = closer('>', i + 9);
      if (c >= 0) m = match(i, c + 1, []);
    } else {
      NAME.lastIndex = i;
      const n = NAME.exec(text);
      const c = n ? closer('>', i + n[0].length) : -1;
      if (n && c >= 0) m = match(i, c + 1, [undefined, n[1], n[2], c - 1 >= i + n[0].length && text[c - 1] === '/' ? '/' : '']);
    }
    const next = m ? m.index + m[0].length : i + 1;
    if (m) yield m;
    if (lt >= 0 && lt < next) lt = text.indexOf('<', next);
    if (amp >= 0 && amp < next) amp = text.indexOf('&', next);
  }
}
