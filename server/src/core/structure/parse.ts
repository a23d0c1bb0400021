import type { Lang, Provision, ProvisionKind } from '../types';
import type { TextView } from '../formats/view';
import { classify, classifyAll, KIND_OF_LIST, mayOpenAt, ordinal, parenMarker, TEXT, type LineClass, type ListType } from './markers';
import { splitHeading, looksLikeHeading, wordCount } from './headings';
import { isSpaceCode } from '../text/trim';
import { flattened } from './flat';

/**
 * parseStructure builds the provision tree of a bill — divisions (book/part/title/chapter), sections or
 * articles, and the numbered sub-provisions under them — from line starts alone, so it is linear in the
 * text and never backtracks. `folded` is the folded copy of `view.text` (same offsets).
 */
export function parseStructure(view: TextView, folded: string, lang: Lang): Provision {
  const text = view.text;
  const root: Provision = mk('document', 0, '', '', 0, 0, { start: 0, end: 0 });
  root.end = text.length;
  const lines = lineTable(text, folded, lang, view.headingLevels);
  // The lines as columns (no object per line): offsets, class, Markdown level, whether a blank line precedes.
  const n = lines.count, S = lines.start, E = lines.end, C = lines.cls, MD = lines.md, BLANK = lines.blankBefore;
  // Lines hold offsets only; their text is cut from the document where a step needs it (most never do).
  const original = (i: number) => text.slice(S[i], E[i]);
  // Where a law numbers its articles with a keyword ("Article 10", "Artículo 2o."), bare "1." lines are
  // numbered paragraphs of the article; where it has no keyword headings (Kenya, UK), they are sections.
  const bareAreSections = bareLinesAreSections(lines, text);

  const divisions: { node: Provision; rank: number }[] = [{ node: root, rank: 0 }];
  let section: Provision | undefined;
  // The open lists, innermost last: the first `open` entries of three columns (no entry object per
  // provision; closed by lowering `open`, never by shortening an array, which would reallocate it): each
  // one's type, the ordinal of its last entry, and that entry.
  const listType: (ListType | 'definition')[] = [], listOrd: number[] = [], listNode: Provision[] = [];
  let open = 0;
  const closeLists = () => { open = 0; };
  const push = (list: ListType | 'definition', ord: number, node: Provision) => { listType[open] = list; listOrd[open] = ord; listNode[open] = node; open++; };
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
  const id = (kind: string, num: string) => `${kind}-${num ? idSegment(num) : made + 1}`;
  // A nested base is its parent's (unique) id, "/" and a segment without "/", and no other base has a "/": so
  // nested bases are counted per parent and segment — the same counts as by the whole base, without hashing
  // a path string for every provision. A parent's first child needs no count (its base is new); a marker
  // among a few siblings counts the earlier ones with its segment (a definition's segment "def-…" has a "-",
  // which a marker's never has: only markers need be compared); past a few children, or for a definition,
  // the counts are kept in a Map, made from the earlier children's ids when first needed.
  const nestedSuffix = new Map<Provision, Map<string, number>>();
  const all: Provision[] = []; // every provision in the order added: document order (flat.ts)
  const add = (parent: Provision, node: Provision) => {
    node.parent = parent; node.depth = parent.depth + 1; parent.children.push(node); all.push(node);
    const nested = parent.kind !== 'document' && !DIVISION_KINDS.has(node.kind) && NESTING_KINDS.has(parent.kind);
    if (!nested) { node.id = unique(node.id); return; }
    const seg = node.id, kids = parent.children, last = kids.length - 1;
    made++;
    if (last === 0) { node.id = `${parent.id}/${seg}`; return; }
    let counts = nestedSuffix.get(parent), n = 1;
    if (!counts && last <= FEW_SIBLINGS && node.kind !== 'definition') {
      for (let k = 0; k < last; k++) { const kid = kids[k]; if (kid.kind !== 'definition' && idSegment(kid.num!) === seg) n++; }
    } else {
      if (!counts) nestedSuffix.set(parent, counts = segmentCounts(kids, last, parent.id.length + 1));
      n = (counts.get(seg) ?? 0) + 1;
      counts.set(seg, n);
    }
    node.id = n === 1 ? `${parent.id}/${seg}` : `${parent.id}/${seg}~${n}`;
  };
  const takePending = (node: Provision) => {
    if (!pending) return;
    if (!node.heading) node.heading = pending.text;
    node.start = pending.start; node.headerSpan = { start: pending.start, end: node.headerSpan.end };
    pending = undefined;
  };
  const container = (): Provision => section ?? divisions[divisions.length - 1].node;
  /** The class of line j, TEXT past the last line (what `lines[j]?.cls.type` read as undefined was compared with). */
  const typeAt = (j: number) => (j < n ? C[j].type : undefined);

  for (let i = 0; i < n; i++) {
    const ls = S[i], le = E[i];
    let cls: LineClass = C[i];
    if (cls.type === 'section' && cls.bare && !bareAreSections) {
      cls = { type: 'marker', list: 'digit-dot', num: cls.num, restOffset: cls.restOffset };
    }
    const mdLevel = MD[i];
    if (mdLevel && cls.type !== 'division' && cls.type !== 'section') {
      // A Markdown heading that is not "Part 2" or "Section 3": a division named by its heading.
      const node = mk('division', 0, '', original(i).trim(), ls, le, { start: ls, end: le });
      node.id = id('h', '');
      openDivision(node, mdLevel); pending = undefined;
      continue;
    }
    if (cls.type === 'division') {
      const orig = original(i);
      const num = orig.slice(cls.keyword.length).trim().slice(0, cls.num.length) || cls.num;
      const node = mk(cls.kind, 0, num, label(cls.keyword, num, orig), ls, ls + cls.restOffset, { start: ls, end: le });
      node.id = id(cls.kind, cls.num);
      let heading = orig.slice(cls.restOffset).trim();
      if (!heading) {
        // "CAPÍTULO I" with its heading ("Definiciones") on the next line.
        if (i + 1 < n && C[i + 1].type === 'text' && !MD[i + 1] && looksLikeHeading(original(i + 1).trim())) {
          heading = original(i + 1).trim(); node.headerSpan.end = E[i + 1]; node.bodyStart = E[i + 1]; i++;
        }
      }
      if (heading) node.heading = heading;
      takePending(node);
      openDivision(node, mdLevel || cls.rank);
      continue;
    }
    if (cls.type === 'section') {
      closeLists();
      const orig = original(i);
      const rest = orig.slice(cls.restOffset);
      const { heading, bodyOffset } = splitHeading(rest, typeAt(i + 1) !== 'text');
      const node = mk('section', 0, cls.num, label(cls.keyword, cls.num, orig), ls, ls + cls.restOffset + bodyOffset, { start: ls, end: le });
      node.id = id('sec', cls.num);
      if (heading) node.heading = heading;
      else if (!rest.trim()) {
        // "3." with its heading on the next line (Akoma Ntoso <num>/<heading>, some gazettes).
        const nextText = i + 1 < n && C[i + 1].type === 'text' && !MD[i + 1] ? original(i + 1) : '';
        if (nextText && looksLikeHeading(nextText) && !/[.;:,]$/.test(nextText) && (i + 2 >= n || C[i + 2].type !== 'text')) {
          node.heading = nextText.trim(); node.headerSpan.end = E[i + 1]; node.bodyStart = E[i + 1]; i++;
        }
      }
      takePending(node);
      add(divisions[divisions.length - 1].node, node);
      section = node;
      // "279.01 (1) Every person who…": the first subsection starts on the section's own line.
      const inner = folded.slice(ls + cls.restOffset + bodyOffset, le);
      const sub = bodyOffset < rest.length ? classify(inner, rest.slice(bodyOffset), lang) : undefined;
      if (sub && sub.type === 'marker') openMarker(sub, ls + cls.restOffset + bodyOffset, le);
      continue;
    }
    if (cls.type === 'marker') { openMarker(cls, ls, le); continue; }
    // DEFINITION opens with a quote: other lines are not cut out to be tried.
    const q = folded.charCodeAt(ls);
    const def = q === 34 || q === 39 ? DEFINITION.exec(folded.slice(ls, le)) : null;
    if (def && container().kind !== 'document') {
      while (open && listType[open - 1] !== 'paren-digit' && listType[open - 1] !== 'digit-dot' && listType[open - 1] !== 'section-sign') open--;
      const parent = open ? listNode[open - 1] : container();
      const term = text.slice(ls + def.index + 1, ls + def.index + 1 + def[1].length);
      const node = mk('definition', 0, '', `“${term}”`, ls, ls, { start: ls, end: le });
      node.term = term; node.id = `def-${term.toLowerCase().replace(/\W+/g, '_')}`;
      add(parent, node);
      push('definition', 0, node);
      pending = undefined;
      continue;
    }
    // A short title-like line followed by a provision is that provision's heading ("Consent" above "(2)").
    // Only a line directly above the provision: a title separated by a blank line is the document's or a group's.
    const nextType = typeAt(i + 1);
    if (nextType !== undefined && !BLANK[i + 1] && (nextType === 'section' || nextType === 'marker') && !MD[i + 1] && text.charCodeAt(le - 1) !== 46 && looksLikeHeading(original(i).trim())) {
      pending = { start: ls, end: le, text: original(i).trim() };
    } else pending = undefined;
  }
  finishEnds(root, folded); // the folded view: one byte per character where the text has two, and the same spaces
  flattened.set(root, { children: root.children.length, list: all });
  return root;

  function openDivision(node: Provision, rank: number) {
    section = undefined; closeLists();
    while (divisions.length > 1 && divisions[divisions.length - 1].rank >= rank) divisions.pop();
    add(divisions[divisions.length - 1].node, node);
    divisions.push({ node, rank });
  }

  function openMarker(m: Extract<LineClass, { type: 'marker' }>, start: number, end: number) {
    let list = m.list, num = m.num, at = -1;
    // "(i)" after "(h)" continues the letters; after "(a)" it opens roman items; "(c)" is a letter unless a
    // roman list is already open.
    const alt = m.alt;
    if (m.list === 'section-sign') closeLists(); // "§ 1º" always belongs to the article, never to its items
    if ((at = openAt(listType, listOrd, open, list, num, true)) < 0) {
      if (alt && (at = openAt(listType, listOrd, open, alt.list, alt.num, true)) >= 0) { list = alt.list; num = alt.num; }
      else if (alt && (m.num === 'i' || openAt(listType, listOrd, open, alt.list, alt.num, false) >= 0)) { list = alt.list; num = alt.num; at = openAt(listType, listOrd, open, list, num, false); }
      else at = openAt(listType, listOrd, open, list, num, false);
    }
    const parentIdx = at >= 0 ? at - 1 : open - 1;
    const parent = parentIdx >= 0 ? listNode[parentIdx] : container();
    if (at >= 0) open = at;
    const kind: ProvisionKind = KIND_OF_LIST[list];
    const restAt = start + m.restOffset;
    const node = mk(kind, 0, num, markerLabel(list, num, text, start, restAt), start, restAt, { start, end });
    node.id = idSegment(num);
    // "(2) Coercion" on a line of its own is a heading; "(b) abduction;" is text.
    // (A text longer than 100 characters that trim leaves alone is never a heading: tested before reading it.)
    const long = end - restAt > 100 && text.charCodeAt(restAt) < 128 && !isSpaceCode(text.charCodeAt(end - 1));
    if (restAt < end && !long && startsUpper(text.charCodeAt(restAt)) && !hasClausePunct(folded, restAt, end)) {
      const rest = text.slice(restAt, end);
      if ((text.charCodeAt(restAt) < 128 || UPPER_FIRST.test(rest)) && wordCount(rest) <= 8 && looksLikeHeading(rest)) node.heading = rest.trim();
    }
    takePending(node);
    add(parent, node);
    push(list, ordinal(list, num), node);
  }
}

/**
 * bareLinesAreSections: whether bare "1." lines are sections — when the law has no keyword sections, or more
 * than twice as many bare lines that read as headings. Counted, not filtered into arrays, and only as far as
 * the answer needs: no line is cut out to be read when there are no keyword sections, nor once the bare
 * headings outnumber them twice.
 */
function bareLinesAreSections(lines: LineTable, text: string): boolean {
  const C = lines.cls;
  let keyword = 0;
  for (let i = 0; i < lines.count; i++) { const c = C[i]; if (c.type === 'section' && !c.bare) keyword++; }
  if (keyword === 0) return true;
  let bare = 0;
  for (let i = 0; i < lines.count && bare <= keyword * 2; i++) {
    const c = C[i];
    if (c.type === 'section' && c.bare && looksLikeHeading(text.slice(lines.start[i] + c.restOffset, lines.end[i]))) bare++;
  }
  return bare > keyword * 2;
}

/** Up to this many earlier siblings, a marker's id suffix is found by comparing their segments, not with a Map. */
const FEW_SIBLINGS = 8;

/**
 * segmentCounts: how many of kids[0, last) have each segment — an id after the parent's id and "/" (`from`),
 * less its "~n" suffix (a segment has no "~").
 */
function segmentCounts(kids: Provision[], last: number, from: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let k = 0; k < last; k++) {
    const id = kids[k].id, tilde = id.indexOf('~', from);
    const seg = id.slice(from, tilde < 0 ? id.length : tilde);
    counts.set(seg, (counts.get(seg) ?? 0) + 1);
  }
  return counts;
}

/**
 * openAt: the index, among the first `open` entries, of the open list a marker of `list`/`num` continues (its last entry's ordinal one below,
 * when `continuing`) or, not continuing, the innermost open list of that type; -1 if none.
 */
function openAt(types: (ListType | 'definition')[], ords: number[], open: number, list: ListType, num: string, continuing: boolean): number {
  const next = continuing ? ordinal(list, num) : 0; // the ordinal a continued list's last entry is one below
  for (let k = open - 1; k >= 0; k--) {
    if (types[k] === list && (!continuing || next === ords[k] + 1)) return k;
  }
  return -1;
}

/** The first code point of a marker's text is an upper-case letter (for one beyond ASCII; A-Z is checked in code). */
const UPPER_FIRST = /^\p{Lu}/u;

/** hasClausePunct: some character of text[from, to) is one of . ; : , ! ? — the marks /^\p{Lu}[^.;:,!?]*$/u refuses. */
function hasClausePunct(text: string, from: number, to: number): boolean {
  // (Called with the folded view: these marks fold to themselves and no other character folds to one.)
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 58 || c === 44 || c === 33 || c === 63) return true;
  }
  return false;
}

/** idSegment is num.replace(/[^\w.]+/g, '_'), the number itself (no new string) when it has nothing to replace. */
export function idSegment(num: string): string {
  for (let i = 0; i < num.length; i++) {
    const c = num.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46)) return num.replace(/[^\w.]+/g, '_');
  }
  return num;
}

const DIVISION_KINDS = new Set<ProvisionKind>(['book', 'part', 'title', 'chapter', 'division']);
/** Kinds whose children's ids are paths under theirs ("sec-3/1/a"). */
const NESTING_KINDS = new Set<ProvisionKind>(['section', 'subsection', 'paragraph', 'item', 'definition']);

const DEFINITION = /^["'](.{1,80}?)["'](?:[^"'\n]{0,60}?)\b(means|includes|has the (?:same )?meaning|refers? to|shall (?:mean|include)|designe|s'entend|se entendera|se entiende|significa|entende-se|comprend)\b/;

/** A non-blank line: its offsets (indent and trailing blanks excluded) and what it opens. */
interface Line { start: number; end: number; cls: LineClass; mdLevel: number; blankBefore: boolean }

/** The non-blank lines of a document as columns: line i is start[i], end[i], cls[i], md[i], blankBefore[i]. */
interface LineTable { count: number; start: Int32Array; end: Int32Array; cls: LineClass[]; md: Int32Array; blankBefore: Uint8Array }

/** scanLines: the lines of lineTable, one object each (what the parser read before it kept columns; for tests). */
export function scanLines(text: string, folded: string, lang: Lang, md: Map<number, number>): Line[] {
  const t = lineTable(text, folded, lang, md), out: Line[] = [];
  for (let i = 0; i < t.count; i++) out.push({ start: t.start[i], end: t.end[i], cls: t.cls[i], mdLevel: t.md[i], blankBefore: t.blankBefore[i] === 1 });
  return out;
}

/**
 * lineTable finds the non-blank lines (offsets without indent and trailing blanks) and classifies each, into
 * typed columns that grow by doubling: no object per line for the collector to trace and copy.
 */
function lineTable(text: string, folded: string, lang: Lang, md: Map<number, number>): LineTable {
  let cap = 1024, count = 0;
  let start: Int32Array = new Int32Array(cap), end: Int32Array = new Int32Array(cap), mdl: Int32Array = new Int32Array(cap), blanks: Uint8Array = new Uint8Array(cap);
  const cls: LineClass[] = [];
  const hasMd = md.size > 0;
  let pos = 0, blank = false;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos, e = nl;
    if (text.charCodeAt(e - 1) === 13) e--;
    while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    if (e > s) {
      // Most lines are body text that MAY_OPEN refuses at its first characters: tried in place (markers.ts),
      // only a line it accepts is cut out and classified.
      let c: LineClass = TEXT;
      // "(1)" and "(a)", most of a law's marker lines, read in place (no line cut out; markers.ts parenMarker
      // is what classifyAll reads them with), on the same stretch classified() would get.
      const paren = folded.charCodeAt(s) === 40 ? parenMarker(folded, s, e - s > 4000 ? s + 200 : e, text, s, Math.min(e, s + 200)) : undefined;
      if (paren) c = paren;
      else if (mayOpenAt(folded, s)) {
        const f = folded.slice(s, e);
        // Very long lines are body text; classifying them would only cost time.
        c = classified(f.length > 4000 ? f.slice(0, 200) : f, text.slice(s, Math.min(e, s + 200)), lang);
      }
      if (count === cap) {
        cap *= 2;
        start = grown(start, cap); end = grown(end, cap); mdl = grown(mdl, cap);
        const b = new Uint8Array(cap); b.set(blanks); blanks = b;
      }
      start[count] = s; end[count] = e; mdl[count] = hasMd ? md.get(pos) ?? 0 : 0; blanks[count] = blank ? 1 : 0;
      cls.push(c);
      count++;
      blank = false;
    } else blank = true;
    pos = nl + 1;
  }
  return { count, start, end, cls, md: mdl, blankBefore: blanks };
}

function grown(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/**
 * classified: classify one line that mayOpenAt accepted. Not memoised: building and hashing a key from the
 * line's text costs more than classifying it. classifyAll without the MAY_OPEN test again: classify is
 * classifyAll whatever MAY_OPEN says (its prefilter only skips lines none of the patterns accepts, which
 * test/unit/equivalence.test.ts checks), so testing it twice is only time.
 */
function classified(folded: string, original: string, lang: Lang): LineClass {
  return classifyAll(folded, original, lang);
}

function mk(kind: ProvisionKind, depth: number, num: string, lbl: string, start: number, bodyStart: number, headerSpan: { start: number; end: number }): Provision {
  // Every field a provision can ever get, in one literal (the absent ones undefined, which reads the same as
  // an absent one: nothing enumerates a provision's keys): all nodes share one shape, so setting the parent,
  // a heading or a language later allocates no property store and every reader's property access stays
  // monomorphic.
  return { id: '', kind, depth, num: num || undefined, label: lbl, heading: undefined, term: undefined, start, end: start, bodyStart, headerSpan, children: [], parent: undefined, lang: undefined };
}

function label(keyword: string, num: string, original: string): string {
  if (!keyword) return `Section ${num}`;
  const kw = original.slice(0, keyword.length).trimEnd();
  const lbl = `${kw.charAt(0).toUpperCase()}${kw.slice(1)} ${num}`;
  // "§ 3" → "§3": only a keyword that opens with "§" (no other character upper-cases to one) is tried.
  return kw.charCodeAt(0) === 0xa7 ? lbl.replace(/^(§+) /, '$1') : lbl;
}

/** startsUpper: false when the first character (code c) is ASCII but not A-Z (the only ASCII \p{Lu}); the regex decides otherwise. */
function startsUpper(c: number): boolean {
  return c >= 128 || (c >= 65 && c <= 90);
}

/** . : - – — */
const isMarkerPunct = (c: number) => c === 46 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014;

/**
 * markerLabel: the marker as written, text[start, restAt) trimmed, with trailing separator marks and then
 * trailing blanks dropped ("(a)", "1.-" → "1"), found by offsets and cut once; else the bare number.
 */
function markerLabel(list: ListType, num: string, text: string, start: number, restAt: number): string {
  let a = start, b = restAt;
  while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
  while (b > a && isMarkerPunct(text.charCodeAt(b - 1))) b--;
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  if (b > a) return text.slice(a, b);
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
