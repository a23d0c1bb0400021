import type { Format } from '../types';
import { maskAkomaNtoso } from './akn';
import { maskMarkdown } from './markdown';
import { mentionsPalermo } from '../suppress';

/**
 * A TextView is the text the analysis reads: same length as the document, with markup replaced by spaces
 * (or a newline where markup ends a block), so every offset found in the view is also an offset in the
 * document and ranges need no mapping back.
 */
export interface TextView {
  format: Format;
  text: string;
  /** Markdown heading levels by line-start offset (the `#` run has been blanked in `text`). */
  headingLevels: Map<number, number>;
  /** Problems with the input itself (malformed XML…), as offset + message. */
  problems: { start: number; end: number; message: string }[];
}

export function makeView(text: string, format: Format): TextView {
  switch (format) {
    case 'markdown': return maskMarkdown(text);
    case 'akn': return maskAkomaNtoso(text);
    default: return { format, text: maskLineComments(text), headingLevels: new Map(), problems: [] };
  }
}

/**
 * maskLineComments blanks `// palermo-…` directive lines in .bill and plain-text bills (core/suppress.ts), so
 * a reviewer's comment is never read as bill text. Other lines, and offsets, are untouched.
 */
export function maskLineComments(text: string): string {
  if (!mentionsPalermo(text)) return text;
  let out = '';
  let at = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    const line = text.slice(at, i);
    const t = line.trimStart();
    out += t.startsWith('//') && t.slice(2).trimStart().startsWith('palermo-') ? line.replace(/[^\r]/g, ' ') : line;
    if (i < text.length) out += '\n';
    at = i + 1;
  }
  return out;
}

/** formatFromPath picks the format from a file name or VS Code language id. */
export function formatFor(pathOrLanguageId: string, text?: string): Format {
  const s = pathOrLanguageId.toLowerCase();
  if (s === 'markdown' || /\.(md|markdown|mdown|mkd)$/.test(s)) return 'markdown';
  if (s === 'bill' || s.endsWith('.bill')) return 'bill';
  if (s === 'akn' || s === 'xml' || /\.(akn|xml)$/.test(s)) {
    return text === undefined || /<akomaNtoso\b/i.test(text.slice(0, 4096)) || /\.akn$/.test(s) ? 'akn' : 'plaintext';
  }
  return 'plaintext';
}
