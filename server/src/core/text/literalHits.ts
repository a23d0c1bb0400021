// Occurrences of many literal words found by one regex of them, read with test() rather than exec(): test()
// allocates no match array (thousands per bill) but says only where a match ends. The match's start is then
// the least position >= the search's start at which one of the words ending there begins (and which the
// caller accepts as a start): any such position is one where the regex matches, and the regex returns the
// leftmost. The search resumes one character after each hit, so that overlapping occurrences are all found.
// Used by term matching (navigation/termMatch.ts) and the structure-defect cue spans (rules/needles.ts).

/**
 * literalHits: calls onHit(i, word) for every word that starts at each position i where `re` (global, an
 * alternation of exactly `words`, possibly behind a boundary) matches in text, scanning from `from`.
 * startOk(q) says whether q may begin a match (what a leading boundary in `re` requires).
 */
export function literalHits(re: RegExp, text: string, words: string[], onHit: (i: number, word: string) => void, startOk: (q: number) => boolean = () => true): void {
  const byFirst = new Map<number, string[]>(), byLast = new Map<number, string[]>();
  const add = (m: Map<number, string[]>, c: number, w: string) => { const l = m.get(c); if (l) l.push(w); else m.set(c, [w]); };
  for (const w of words) { add(byFirst, w.charCodeAt(0), w); add(byLast, w.charCodeAt(w.length - 1), w); }
  re.lastIndex = 0;
  for (let from = 0; re.test(text); from = re.lastIndex) {
    const e = re.lastIndex;
    let i = -1;
    for (const w of byLast.get(text.charCodeAt(e - 1))!) {
      const q = e - w.length;
      if (q >= from && (i < 0 || q < i) && text.startsWith(w, q) && startOk(q)) i = q;
    }
    for (const w of byFirst.get(text.charCodeAt(i))!) if (text.startsWith(w, i)) onHit(i, w);
    re.lastIndex = i + 1;
  }
  re.lastIndex = 0;
}
