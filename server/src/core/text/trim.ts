// Trimming helpers that replace end-anchored patterns such as /[.\s]+$/: a regex engine retries such a pattern
// at every start position of a long run that does not reach the end ("\t\t\t…x"), which is quadratic. A
// backwards scan is linear and reads plainly.

/** trimEndWhile drops trailing characters while `drop(ch)` holds. */
export function trimEndWhile(s: string, drop: (ch: string) => boolean): string {
  let e = s.length;
  while (e > 0 && drop(s[e - 1])) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** isSpace is /\s/ for one character (a one-code-unit string, or ''), by its code. */
export const isSpace = (ch: string): boolean => ch.length === 1 && isSpaceCode(ch.charCodeAt(0));

/** isSpaceCode is /\s/ for one UTF-16 code unit (WhiteSpace and LineTerminator), without making a string. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** dropLastWord cuts an excerpt back to its last whole word ("… the vict" → "… the"), as /\s+\S*$/ would. */
export function dropLastWord(s: string): string {
  let e = s.length;
  while (e > 0 && !isSpace(s[e - 1])) e--;
  if (e === 0) return s;
  return trimEndWhile(s.slice(0, e), isSpace);
}
