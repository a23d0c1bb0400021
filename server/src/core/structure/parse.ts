import type { Lang, Provision, ProvisionKind } from '../types';
import type { TextView } from '../formats/view';
import { classify, KIND_OF_LIST, ordinal, type LineClass, type ListType } from './markers';
import { splitHeading, looksLikeHeading } from './headings';
import { isSpaceCode, trimEndWhile } from '../text/trim';

/**
 * parseStructure builds the provision tree of a bill — divisions (book/part/title/chapter), sections or
 * articles, and the numbered sub-provisions under them — from line starts alone, so it is linear in the
 * text and never backtracks. `folded` is the folded copy of `view.text` (same offsets).
 */
export function parseStructure(view: TextView, folded: string, lang: Lang): Provision {
  const text = view.text;
  const root: Provision = mk('document', 0, '', '', 0, 0, { start: 0, end: 0 });
  root.end = text.length;
  const lines = scanLines(text, folded, lang, view.headingLevels);
  // Where a law numbers its articles with a keyword ("Article 10", "Artículo 2o."), bare "1." lines are
  // numbered paragraphs of the article; where it has no keyword headings (Kenya, UK), they are sections.
  const keywordSections = lines.filter(l => l.cls.type === 'section' && !l.cls.bare).length;
  const bareSections = lines.filter(l => l.cls.type === 'section' && l.cls.bare && looksLikeHeading(l.original.slice((l.cls as { restOffset: number }).restOffset))).length;
  const bareAreSections = keywordSections === 0 || bareSections > keywordSections * 2;

  const divisions: { node: Provision; rank: number }[] = [{ node: root, rank: 0 }];
  let section: Provision | undefined;
  let lists: { list: ListType | 'definition'; ord: number; node: Provision }[] = [];
  let pending: { start: number; end: number; text: string } | undefined;
  // Ids are readable paths ("sec-3/1/a") made unique with a suffix when a law repeats a number. The last
  // suffix used per base is all that is needed, and keeps this linear when a law repeats a number thousands
  // of times: a suffixed id "…~n" can never equal a base, because no id segment written by the parser
  // contains "~" ([^\w.] is replaced), so the last segment of a base has none.
  const lastSuffix = new Map<string, number>();
  let made = 0;
  const unique = (base: string) => {
    const n = (lastSuffix.get(base) ?? 0) + 1;
    lastSuffix.set(base, n); made++;
    return n === 1 ? base : `${base}~${n}`;
  };
  const id = (kind: string, num: string) => `${kind}-${num ? num.replace(/[^\w.]+/g, '_') : made + 1}`;
  const add = (parent: Provision, node: Provision) => {
    node.parent = parent; node.depth = parent.depth + 1; parent.children.push(node);
    const nested = parent.kind !== 'document' && !DIVISION_KINDS.has(node.kind) && NESTING_KINDS.has(parent.kind);
    node.id = unique(nested ? `${parent.id}/${node.id}` : node.id);
  };
  const takePending = (node: Provision) => {
    if (!pending) return;
    if (!node.heading) node.heading = pending.text;
    node.start = pending.start; node.headerSpan = { start: pending.start, end: node.headerSpan.end };
    pending = undefined;
  };
  const container = (): Provision => section ?? divisions[divisions.length - 1].node;

  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    let cls: LineClass = ln.cls;
    if (cls.type === 'section' && cls.bare && !bareAreSections) {
      cls = { type: 'marker', list: 'digit-dot', num: cls.num, rest: cls.rest, restOffset: cls.restOffset };
    }
    const mdLevel = ln.mdLevel;
    if (mdLevel && cls.type !== 'division' && cls.type !== 'section') {
      // A Markdown heading that is not "Part 2" or "Section 3": a division named by its heading.
      const node = mk('division', 0, '', ln.original.trim(), ln.start, ln.end, { start: ln.start, end: ln.end });
      node.id = id('h', '');
      openDivision(node, mdLevel); pending = undefined;
      continue;
    }
    if (cls.type === 'division') {
      const num = ln.original.slice(cls.keyword.length).trim().slice(0, cls.num.length) || cls.num;
      const node = mk(cls.kind, 0, num, label(cls.keyword, num, ln.original), ln.start, ln.start + cls.restOffset, { start: ln.start, end: ln.end });
      node.id = id(cls.kind, cls.num);
      let heading = ln.original.slice(cls.restOffset).trim();
      if (!heading) {
        // "CAPÍTULO I" with its heading ("Definiciones") on the next line.
        const next = lines[i + 1];
        if (next && next.cls.type === 'text' && !next.mdLevel && looksLikeHeading(next.original.trim())) {
          heading = next.original.trim(); node.headerSpan.end = next.end; node.bodyStart = next.end; i++;
        }
      }
      if (heading) node.heading = heading;
      takePending(node);
      openDivision(node, mdLevel || cls.rank);
      continue;
    }
    if (cls.type === 'section') {
      lists = [];
      const rest = ln.original.slice(cls.restOffset);
      const { heading, bodyOffset } = splitHeading(rest, lines[i + 1]?.cls.type !== 'text');
      const node = mk('section', 0, cls.num, label(cls.keyword, cls.num, ln.original), ln.start, ln.start + cls.restOffset + bodyOffset, { start: ln.start, end: ln.end });
      node.id = id('sec', cls.num);
      if (heading) node.heading = heading;
      else if (!rest.trim()) {
        // "3." with its heading on the next line (Akoma Ntoso <num>/<heading>, some gazettes).
        const next = lines[i + 1], after = lines[i + 2];
        if (next && next.cls.type === 'text' && !next.mdLevel && looksLikeHeading(next.original) && !/[.;:,]$/.test(next.original) && (!after || after.cls.type !== 'text')) {
          node.heading = next.original.trim(); node.headerSpan.end = next.end; node.bodyStart = next.end; i++;
        }
      }
      takePending(node);
      add(divisions[divisions.length - 1].node, node);
      section = node;
      // "279.01 (1) Every person who…": the first subsection starts on the section's own line.
      const inner = ln.folded.slice(cls.restOffset + bodyOffset);
      const sub = bodyOffset < rest.length ? classify(inner, rest.slice(bodyOffset), lang) : undefined;
      if (sub && sub.type === 'marker') openMarker(sub, ln.start + cls.restOffset + bodyOffset, ln);
      continue;
    }
    if (cls.type === 'marker') { openMarker(cls, ln.start, ln); continue; }
    const def = DEFINITION.exec(ln.folded);
    if (def && container().kind !== 'document') {
      while (lists.length && lists[lists.length - 1].list !== 'paren-digit' && lists[lists.length - 1].list !== 'digit-dot' && lists[lists.length - 1].list !== 'section-sign') lists.pop();
      const parent = lists.length ? lists[lists.length - 1].node : container();
      const term = ln.original.slice(def.index + 1, def.index + 1 + def[1].length);
      const node = mk('definition', 0, '', `“${term}”`, ln.start, ln.start, { start: ln.start, end: ln.end });
      node.term = term; node.id = `def-${term.toLowerCase().replace(/\W+/g, '_')}`;
      add(parent, node);
      lists.push({ list: 'definition', ord: 0, node });
      pending = undefined;
      continue;
    }
    // A short title-like line followed by a provision is that provision's heading ("Consent" above "(2)").
    const next = lines[i + 1];
    // Only a line directly above the provision: a title separated by a blank line is the document's or a group's.
    if (next && !next.blankBefore && (next.cls.type === 'section' || next.cls.type === 'marker') && !next.mdLevel && !/[.]$/.test(ln.original) && looksLikeHeading(ln.original.trim())) {
      pending = { start: ln.start, end: ln.end, text: ln.original.trim() };
    } else pending = undefined;
  }
  finishEnds(root, text);
  return root;

  function openDivision(node: Provision, rank: number) {
    section = undefined; lists = [];
    while (divisions.length > 1 && divisions[divisions.length - 1].rank >= rank) divisions.pop();
    add(divisions[divisions.length - 1].node, node);
    divisions.push({ node, rank });
  }

  function openMarker(m: Extract<LineClass, { type: 'marker' }>, start: number, ln: Line) {
    let pick: { list: ListType; num: string } = { list: m.list, num: m.num }, at = -1;
    const find = (c: { list: ListType; num: string }, continuing: boolean) => {
      const next = continuing ? ordinal(c.list, c.num) : 0; // the ordinal a continued list's last entry is one below
      for (let k = lists.length - 1; k >= 0; k--) {
        if (lists[k].list === c.list && (!continuing || next === lists[k].ord + 1)) return k;
      }
      return -1;
    };
    // "(i)" after "(h)" continues the letters; after "(a)" it opens roman items; "(c)" is a letter unless a
    // roman list is already open.
    const alt = m.alt;
    if (m.list === 'section-sign') lists = []; // "§ 1º" always belongs to the article, never to its items
    if ((at = find(pick, true)) < 0) {
      if (alt && (at = find(alt, true)) >= 0) pick = alt;
      else if (alt && (m.num === 'i' || find(alt, false) >= 0)) { pick = alt; at = find(alt, false); }
      else at = find(pick, false);
    }
    const parentIdx = at >= 0 ? at - 1 : lists.length - 1;
    if (at >= 0) lists.length = at; // (the array is this parse's own: truncated in place)
    const parent = parentIdx >= 0 ? lists[parentIdx]?.node ?? container() : container();
    const kind: ProvisionKind = KIND_OF_LIST[pick.list];
    const node = mk(kind, 0, pick.num, markerLabel(pick.list, pick.num, ln.original.slice(start - ln.start, start - ln.start + m.restOffset)), start, start + m.restOffset, { start, end: ln.end });
    node.id = pick.num.replace(/[^\w.]+/g, '_');
    const rest = ln.original.slice(start - ln.start + m.restOffset);
    // "(2) Coercion" on a line of its own is a heading; "(b) abduction;" is text.
    if (startsUpper(rest) && /^\p{Lu}[^.;:,!?]*$/u.test(rest) && rest.split(/\s+/).length <= 8 && looksLikeHeading(rest)) node.heading = rest.trim();
    takePending(node);
    add(parent, node);
    lists.push({ list: pick.list, ord: ordinal(pick.list, pick.num), node });
  }
}

const DIVISION_KINDS = new Set<ProvisionKind>(['book', 'part', 'title', 'chapter', 'division']);
/** Kinds whose children's ids are paths under theirs ("sec-3/1/a"). */
const NESTING_KINDS = new Set<ProvisionKind>(['section', 'subsection', 'paragraph', 'item', 'definition']);

const DEFINITION = /^["'](.{1,80}?)["'](?:[^"'\n]{0,60}?)\b(means|includes|has the (?:same )?meaning|refers? to|shall (?:mean|include)|designe|s'entend|se entendera|se entiende|significa|entende-se|comprend)\b/;

interface Line { start: number; end: number; original: string; folded: string; cls: LineClass; mdLevel: number; blankBefore: boolean }

export function scanLines(text: string, folded: string, lang: Lang, md: Map<number, number>): Line[] {
  const out: Line[] = [];
  let pos = 0, blank = false;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos, e = nl;
    if (text.charCodeAt(e - 1) === 13) e--;
    const mdLevel = md.get(pos) ?? 0;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    if (e > s) {
      const original = text.slice(s, e), f = folded.slice(s, e);
      // Very long lines are body text; classifying them would only cost time.
      const cls: LineClass = classified(f.length > 4000 ? f.slice(0, 200) : f, original.slice(0, 200), lang);
      out.push({ start: s, end: e, original, folded: f, cls, mdLevel, blankBefore: blank });
      blank = false;
    } else blank = true;
    pos = nl + 1;
  }
  return out;
}

/**
 * classified: classify one line. Not memoised: building and hashing a key from the line's text costs more
 * than classifying it (a few anchored patterns that fail at the first character on most lines).
 */
function classified(folded: string, original: string, lang: Lang): LineClass {
  return classify(folded, original, lang);
}

function mk(kind: ProvisionKind, depth: number, num: string, lbl: string, start: number, bodyStart: number, headerSpan: { start: number; end: number }): Provision {
  // Two literals rather than a spread: a spread builds each node through a slow generic copy.
  return num
    ? { id: '', kind, depth, num, label: lbl, start, end: start, bodyStart, headerSpan, children: [] }
    : { id: '', kind, depth, label: lbl, start, end: start, bodyStart, headerSpan, children: [] };
}

function label(keyword: string, num: string, original: string): string {
  if (!keyword) return `Section ${num}`;
  const kw = original.slice(0, keyword.length).trimEnd();
  return `${kw.charAt(0).toUpperCase()}${kw.slice(1)} ${num}`.replace(/^(§+) /, '$1');
}

/** startsUpper: false when the first character is ASCII but not A-Z (the only ASCII \p{Lu}); the regex decides otherwise. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

const isMarkerPunct = (c: string) => '.:-–—'.includes(c);
const isBlank = (c: string) => c === ' ' || c === '\t';

function markerLabel(list: ListType, num: string, written: string): string {
  const w = trimEndWhile(trimEndWhile(written.trim(), isMarkerPunct), isBlank);
  if (w) return w;
  return list.startsWith('paren') ? `(${num})` : num;
}

/** finishEnds gives every provision the end of its last descendant's text (trailing blanks excluded). */
function finishEnds(node: Provision, text: string): void {
  const kids = node.children;
  for (let k = 0; k < kids.length; k++) {
    const next = k + 1 < kids.length ? kids[k + 1].start : node.end;
    let e = next;
    while (e > kids[k].start && isSpaceCode(text.charCodeAt(e - 1))) e--;
    kids[k].end = Math.max(e, kids[k].headerSpan.end);
    finishEnds(kids[k], text);
  }
}
