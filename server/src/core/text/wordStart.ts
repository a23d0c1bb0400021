// Matches that must begin at a word start. Lexicon and cue patterns need a word boundary in front
// ("slavery" but not "antislavery"). Written as a leading lookbehind, (?<![\p{L}\p{N}_]) makes V8's regex
// engine attempt the whole alternation at every position of the text, because no literal can be found
// first; without it the engine skips ahead to positions where an alternative can begin, which over a 1 MB
// bill is about four times faster. So patterns are compiled without the lookbehind, and the boundary is
// checked here on each candidate match. The results are identical: a candidate at a position preceded by a
// word character is one the lookbehind would have refused for every alternative, and the search resumes
// at the next position, exactly where the engine would have gone on looking.

const WORD = /[\p{L}\p{N}_]/u;

/** wordCharBefore: whether the code point ending at index i of text is a letter, a digit or "_". */
export function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return WORD.test(text.slice(i - 2, i));
  }
  return WORD.test(text[i - 1]);
}

/**
 * wordCharBeforeWithin: wordCharBefore as asked of text.slice(from) at i - from — the character before a
 * stretch's start does not count (a search of the stretch alone sees none there).
 */
export function wordCharBeforeWithin(text: string, i: number, from: number): boolean {
  if (i <= from) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 < from) return WORD.test(text[i - 1]); // its pair lies outside
  return wordCharBefore(text, i);
}

/**
 * execAtWordStart is re.exec(text) (re global or sticky-free with lastIndex honoured) for the first match
 * that starts at a word start, as if the pattern began with (?<![\p{L}\p{N}_]). Null when there is none.
 */
export function execAtWordStart(re: RegExp, text: string): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!wordCharBefore(text, m.index)) return m;
    const c = text.charCodeAt(m.index);
    re.lastIndex = m.index + (c >= 0xd800 && c <= 0xdbff ? 2 : 1);
  }
  return null;
}
