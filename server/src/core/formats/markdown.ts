import type { TextView } from './view';

// Markdown is masked, not parsed: the law's own numbering and wording stay where they are, and only the
// markup that would disturb matching ("**", "#", "> ", link targets, HTML comments) becomes spaces.

const HEADING = /^( {0,3})(#{1,6})([ \t]+|$)/;

export function maskMarkdown(text: string): TextView {
  const out = text.split('');
  const headingLevels = new Map<number, number>();
  const blank = (from: number, to: number) => { for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' '; };

  // HTML comments (also where palermo-disable comments live) and fenced code blocks are masked whole.
  for (const re of [/<!--[\s\S]*?-->/g, /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) { blank(m.index, m.index + m[0].length); if (m[0].length === 0) re.lastIndex++; }
  }
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const h = HEADING.exec(line);
    if (h && out[lineStart + h[1].length] === '#') {
      headingLevels.set(lineStart, h[2].length);
      blank(lineStart + h[1].length, lineStart + h[1].length + h[2].length);
      const close = /[ \t]+#+[ \t]*\r?$/.exec(line);
      if (close) blank(lineStart + close.index, lineStart + line.length);
    }
    const quote = /^( {0,3}>[ \t]?)+/.exec(line);
    if (quote) blank(lineStart, lineStart + quote[0].length);
    const bullet = /^([ \t]*)([-*+])[ \t]+/.exec(line);
    if (bullet && !h) blank(lineStart + bullet[1].length, lineStart + bullet[1].length + 1);
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  // Inline markup: emphasis runs, code ticks, link brackets and targets.
  const inline = [/(\*\*|__)(?=\S)/g, /(?<=\S)(\*\*|__)/g, /(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g, /`+/g, /!?\[(?=[^\]\n]*\]\()/g, /\]\([^)\n]*\)/g];
  for (const re of inline) for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    if (out[i] === ' ') continue; // already masked (inside a comment or code block)
    blank(i, i + m[0].length);
  }
  return { format: 'markdown', text: out.join(''), headingLevels, problems: [] };
}
