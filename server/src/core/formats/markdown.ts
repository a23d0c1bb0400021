import type { TextView } from './view';

// Markdown is masked, not parsed: the law's own numbering and wording stay where they are, and only the
// markup that would disturb matching ("**", "#", "> ", link targets, HTML comments) becomes spaces.
// Delimited constructs (comments, fences, links) are found with indexOf scans rather than lazy regexes: a
// pattern like /<!--[\s\S]*?-->/ rescans to the end of the file from every unclosed opener, which is
// quadratic on hostile input (test/unit/redos.test.ts checks every pattern).

const HEADING = /^( {0,3})(#{1,6})([ \t]+|$)/;

export function maskMarkdown(text: string): TextView {
  const out = text.split('');
  const headingLevels = new Map<number, number>();
  const blank = (from: number, to: number) => { for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' '; };

  // HTML comments (also where palermo-disable comments live) and fenced code blocks are masked whole.
  for (const [s, e] of comments(text)) blank(s, e);
  for (const [s, e] of fences(text)) blank(s, e);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const h = HEADING.exec(line);
    if (h && out[lineStart + h[1].length] === '#') {
      headingLevels.set(lineStart, h[2].length);
      blank(lineStart + h[1].length, lineStart + h[1].length + h[2].length);
      const close = closingHashes(line);
      if (close >= 0) blank(lineStart + close, lineStart + line.length);
    }
    const quote = /^( {0,3}>[ \t]?)+/.exec(line);
    if (quote) blank(lineStart, lineStart + quote[0].length);
    const bullet = /^([ \t]*)([-*+])[ \t]+/.exec(line);
    if (bullet && !h) blank(lineStart + bullet[1].length, lineStart + bullet[1].length + 1);
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  // Inline markup: emphasis runs, code ticks, link brackets and targets.
  const inline: Iterable<[number, number]>[] = [
    regexSpans(text, /(\*\*|__)(?=\S)/g), regexSpans(text, /(?<=\S)(\*\*|__)/g),
    regexSpans(text, /(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g), regexSpans(text, /`+/g),
    linkOpeners(text), linkTargets(text),
  ];
  for (const spans of inline) for (const [s, e] of spans) {
    if (out[s] === ' ') continue; // already masked (inside a comment or code block)
    blank(s, e);
  }
  return { format: 'markdown', text: out.join(''), headingLevels, problems: [] };
}

function* regexSpans(text: string, re: RegExp): Iterable<[number, number]> {
  for (const m of text.matchAll(re)) yield [m.index ?? 0, (m.index ?? 0) + m[0].length];
}

/** `<!-- … -->` spans; an unclosed comment is not a comment (as the lazy pattern had it). */
function comments(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf('<!--'); i >= 0; i = text.indexOf('<!--', i)) {
    const close = text.indexOf('-->', i + 4);
    if (close < 0) break; // no closer anywhere after: no later opener can close either
    out.push([i, close + 3]);
    i = close + 3;
  }
  return out;
}

/** Fenced code blocks: a line starting with ``` or ~~~ up to the next line starting with the same fence. */
function fences(text: string): [number, number][] {
  const out: [number, number][] = [];
  const lineEnd = (i: number) => { const n = text.indexOf('\n', i); return n < 0 ? text.length : n; };
  const closed = { '```': true, '~~~': true } as Record<string, boolean>;
  for (let ls = 0; ls < text.length;) {
    const le = lineEnd(ls);
    const fence = text.slice(ls, ls + 3);
    if ((fence === '```' || fence === '~~~') && closed[fence] && le < text.length) {
      // The closer is the next line that starts with the same fence (possibly the very next line).
      const at = text.indexOf(`\n${fence}`, le);
      const found = at < 0 ? -1 : at + 1;
      if (found < 0) { closed[fence] = false; ls = le + 1; continue; } // no closer: none for later openers either
      const end = lineEnd(found);
      out.push([ls, end]);
      ls = end + 1;
      continue;
    }
    ls = le + 1;
  }
  return out;
}

/** closingHashes: where an ATX heading's closing sequence (" ##", " #  ") starts in the line, or -1. */
function closingHashes(line: string): number {
  let e = line.length;
  if (line.charCodeAt(e - 1) === 13) e--;
  while (e > 0 && (line[e - 1] === ' ' || line[e - 1] === '\t')) e--;
  const hashEnd = e;
  while (e > 0 && line[e - 1] === '#') e--;
  if (e === hashEnd) return -1;
  const blankEnd = e;
  while (e > 0 && (line[e - 1] === ' ' || line[e - 1] === '\t')) e--;
  return e === blankEnd ? -1 : e;
}

/** nextOf memoises "next index of ch at or after i", so repeated look-aheads over one line stay linear. */
function nextOf(text: string, ch: string): (i: number) => number {
  let at = -2;
  return (i: number) => {
    if (at === -1 || (at >= i)) return at;
    at = text.indexOf(ch, i);
    return at;
  };
}

/** "[" or "![" that opens a link: the next "]" on the line is followed by "(". */
function* linkOpeners(text: string): Iterable<[number, number]> {
  const nl = nextOf(text, '\n'), rb = nextOf(text, ']');
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
    const close = rb(i + 1), eol = nl(i + 1);
    if (close < 0 || (eol >= 0 && eol < close) || text[close + 1] !== '(') continue;
    yield i > 0 && text[i - 1] === '!' ? [i - 1, i + 1] : [i, i + 1];
  }
}

/** "](target)" link targets, within one line. */
function* linkTargets(text: string): Iterable<[number, number]> {
  const nl = nextOf(text, '\n'), rp = nextOf(text, ')');
  for (let i = text.indexOf(']('); i >= 0; i = text.indexOf('](', i + 1)) {
    const close = rp(i + 2), eol = nl(i + 2);
    if (close < 0 || (eol >= 0 && eol < close)) continue;
    yield [i, close + 1];
    i = close;
  }
}
