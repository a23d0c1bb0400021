import type { Lang, Provision, ProvisionKind } from '../types';
import type { TextView } from '../formats/view';
import { classify, classifyAll, KIND_OF_LIST, mayOpenAt, ordinal, TEXT, type LineClass, type ListType } from './markers';
import { splitHeading, looksLikeHeading, wordCount } from './headings';
import { isSpaceCode } from '../text/trim';

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
  // Lines hold offsets only; their text is cut from the document where a step needs it (most never do).
  const original = (ln: Line) => text.slice(ln.start, ln.end);
  // Where a law numbers its articles with a keyword ("Article 10", "Artículo 2o."), bare "1." lines are
  // numbered paragraphs of the article; where it has no keyword headings (Kenya, UK), they are sections.
  const keywordSections = lines.filter(l => l.cls.type === 'section' && !l.cls.bare).length;
  const bareSections = lines.filter(l => l.cls.type === 'section' && l.cls.bare && looksLikeHeading(text.slice(l.start + (l.cls as { restOffset: number }).restOffset, l.end))).length;
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
  const id = (kind: string, num: string) => `${kind}-${num ? idSegment(num) : made + 1}`;
  // A nested base is its parent's (unique) id, "/" and a segment without "/", and no other base has a "/": so
  // nested bases are counted per parent and segment — the same counts as by the whole base, without hashing
  // a path string for every provision. A parent's first child needs no count to be looked up (its base is
  // new); the counts are made when a second child comes.
  const nestedSuffix = new Map<Provision, Map<string, number>>();
  const add = (parent: Provision, node: Provision) => {
    node.parent = parent; node.depth = parent.depth + 1; parent.children.push(node);
    const nested = parent.kind !== 'document' && !DIVISION_KINDS.has(node.kind) && NESTING_KINDS.has(parent.kind);
    if (!nested) { node.id = unique(node.id); return; }
    const seg = node.id, kids = parent.children;
    made++;
    if (kids.length === 1) { node.id = `${parent.id}/${seg}`; return; }
    let counts = nestedSuffix.get(parent);
    if (!counts) {
      // The first child's segment, read back from its id (it took no suffix: its base was new).
      nestedSuffix.set(parent, counts = new Map());
      counts.set(kids[0].id.slice(parent.id.length + 1), 1);
    }
    const n = (counts.get(seg) ?? 0) + 1;
    counts.set(seg, n);
    node.id = n === 1 ? `${parent.id}/${seg}` : `${parent.id}/${seg}~${n}`;
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
      cls = { type: 'marker', list: 'digit-dot', num: cls.num, restOffset: cls.restOffset };
    }
    const mdLevel = ln.mdLevel;
    if (mdLevel && cls.type !== 'division' && cls.type !== 'section') {
      // A Markdown heading that is not "Part 2" or "Section 3": a division named by its heading.
      const node = mk('division', 0, '', original(ln).trim(), ln.start, ln.end, { start: ln.start, end: ln.end });
      node.id = id('h', '');
      openDivision(node, mdLevel); pending = undefined;
      continue;
    }
    if (cls.type === 'division') {
      const orig = original(ln);
      const num = orig.slice(cls.keyword.length).trim().slice(0, cls.num.length) || cls.num;
      const node = mk(cls.kind, 0, num, label(cls.keyword, num, orig), ln.start, ln.start + cls.restOffset, { start: ln.start, end: ln.end });
      node.id = id(cls.kind, cls.num);
      let heading = orig.slice(cls.restOffset).trim();
      if (!heading) {
        // "CAPÍTULO I" with its heading ("Definiciones") on the next line.
        const next = lines[i + 1];
        if (next && next.cls.type === 'text' && !next.mdLevel && looksLikeHeading(original(next).trim())) {
          heading = original(next).trim(); node.headerSpan.end = next.end; node.bodyStart = next.end; i++;
        }
      }
      if (heading) node.heading = heading;
      takePending(node);
      openDivision(node, mdLevel || cls.rank);
      continue;
    }
    if (cls.type === 'section') {
      lists = [];
      const orig = original(ln);
      const rest = orig.slice(cls.restOffset);
      const { heading, bodyOffset } = splitHeading(rest, lines[i + 1]?.cls.type !== 'text');
      const node = mk('section', 0, cls.num, label(cls.keyword, cls.num, orig), ln.start, ln.start + cls.restOffset + bodyOffset, { start: ln.start, end: ln.end });
      node.id = id('sec', cls.num);
      if (heading) node.heading = heading;
      else if (!rest.trim()) {
        // "3." with its heading on the next line (Akoma Ntoso <num>/<heading>, some gazettes).
        const next = lines[i + 1], after = lines[i + 2];
        const nextText = next && next.cls.type === 'text' && !next.mdLevel ? original(next) : '';
        if (nextText && looksLikeHeading(nextText) && !/[.;:,]$/.test(nextText) && (!after || after.cls.type !== 'text')) {
          node.heading = nextText.trim(); node.headerSpan.end = next.end; node.bodyStart = next.end; i++;
        }
      }
      takePending(node);
      add(divisions[divisions.length - 1].node, node);
      section = node;
      // "279.01 (1) Every person who…": the first subsection starts on the section's own line.
      const inner = folded.slice(ln.start + cls.restOffset + bodyOffset, ln.end);
      const sub = bodyOffset < rest.length ? classify(inner, rest.slice(bodyOffset), lang) : undefined;
      if (sub && sub.type === 'marker') openMarker(sub, ln.start + cls.restOffset + bodyOffset, ln);
      continue;
    }
    if (cls.type === 'marker') { openMarker(cls, ln.start, ln); continue; }
    // DEFINITION opens with a quote: other lines are not cut out to be tried.
    const q = folded.charCodeAt(ln.start);
    const def = q === 34 || q === 39 ? DEFINITION.exec(folded.slice(ln.start, ln.end)) : null;
    if (def && container().kind !== 'document') {
      while (lists.length && lists[lists.length - 1].list !== 'paren-digit' && lists[lists.length - 1].list !== 'digit-dot' && lists[lists.length - 1].list !== 'section-sign') lists.pop();
      const parent = lists.length ? lists[lists.length - 1].node : container();
      const term = text.slice(ln.start + def.index + 1, ln.start + def.index + 1 + def[1].length);
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
    if (next && !next.blankBefore && (next.cls.type === 'section' || next.cls.type === 'marker') && !next.mdLevel && text.charCodeAt(ln.end - 1) !== 46 && looksLikeHeading(original(ln).trim())) {
      pending = { start: ln.start, end: ln.end, text: original(ln).trim() };
    } else pending = undefined;
  }
  finishEnds(root, folded); // the folded view: one byte per character where the text has two, and the same spaces
  return root;

  function openDivision(node: Provision, rank: number) {
    section = undefined; lists = [];
    while (divisions.length > 1 && divisions[divisions.length - 1].rank >= rank) divisions.pop();
    add(divisions[divisions.length - 1].node, node);
    divisions.push({ node, rank });
  }

  function openMarker(m: Extract<LineClass, { type: 'marker' }>, start: number, ln: Line) {
    let list = m.list, num = m.num, at = -1;
    // "(i)" after "(h)" continues the letters; after "(a)" it opens roman items; "(c)" is a letter unless a
    // roman list is already open.
    const alt = m.alt;
    if (m.list === 'section-sign') lists = []; // "§ 1º" always belongs to the article, never to its items
    if ((at = openAt(lists, list, num, true)) < 0) {
      if (alt && (at = openAt(lists, alt.list, alt.num, true)) >= 0) { list = alt.list; num = alt.num; }
      else if (alt && (m.num === 'i' || openAt(lists, alt.list, alt.num, false) >= 0)) { list = alt.list; num = alt.num; at = openAt(lists, list, num, false); }
      else at = openAt(lists, list, num, false);
    }
    const parentIdx = at >= 0 ? at - 1 : lists.length - 1;
    if (at >= 0) lists.length = at; // (the array is this parse's own: truncated in place)
    const parent = parentIdx >= 0 ? lists[parentIdx]?.node ?? container() : container();
    const kind: ProvisionKind = KIND_OF_LIST[list];
    const restAt = start + m.restOffset;
    const node = mk(kind, 0, num, markerLabel(list, num, text, start, restAt), start, restAt, { start, end: ln.end });
    node.id = idSegment(num);
    // "(2) Coercion" on a line of its own is a heading; "(b) abduction;" is text.
    // (A text longer than 100 characters that trim leaves alone is never a heading: tested before reading it.)
    const long = ln.end - restAt > 100 && text.charCodeAt(restAt) < 128 && !isSpaceCode(text.charCodeAt(ln.end - 1));
    if (restAt < ln.end && !long && startsUpper(text.charCodeAt(restAt)) && !hasClausePunct(folded, restAt, ln.end)) {
      const rest = text.slice(restAt, ln.end);
      if ((text.charCodeAt(restAt) < 128 || UPPER_FIRST.test(rest)) && wordCount(rest) <= 8 && looksLikeHeading(rest)) node.heading = rest.trim();
    }
    takePending(node);
    add(parent, node);
    lists.push({ list, ord: ordinal(list, num), node });
  }
}

/**
 * openAt: the index of the open list a marker of `list`/`num` continues (its last entry's ordinal one below,
 * when `continuing`) or, not continuing, the innermost open list of that type; -1 if none.
 */
function openAt(lists: { list: ListType | 'definition'; ord: number }[], list: ListType, num: string, continuing: boolean): number {
  const next = continuing ? ordinal(list, num) : 0; // the ordinal a continued list's last entry is one below
  for (let k = lists.length - 1; k >= 0; k--) {
    if (lists[k].list === list && (!continuing || next === lists[k].ord + 1)) return k;
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
      // Most lines are body text that MAY_OPEN refuses at its first characters: tried in place (markers.ts),
      // only a line it accepts is cut out and classified.
      let cls: LineClass = TEXT;
      if (mayOpenAt(folded, s)) {
        const f = folded.slice(s, e);
        // Very long lines are body text; classifying them would only cost time.
        cls = classified(f.length > 4000 ? f.slice(0, 200) : f, text.slice(s, Math.min(e, s + 200)), lang);
      }
      out.push({ start: s, end: e, cls, mdLevel, blankBefore: blank });
      blank = false;
    } else blank = true;
    pos = nl + 1;
  }
  return out;
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
  return `${kw.charAt(0).toUpperCase()}${kw.slice(1)} ${num}`.replace(/^(§+) /, '$1');
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
