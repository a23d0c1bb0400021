// Required literals of a pattern: strings at least one of which every match must contain. A cue that looks
// for "disaggregated data" or "video link" is absent from most of a bill; checking with indexOf that none of
// its required literals occurs (a fast native search) lets the core skip the regex scan of a 1 MB bill
// entirely. Only ever a skip: when a literal occurs, or the pattern has none, the regex runs as before.

/** Shortest literal worth searching for; shorter ones occur everywhere and would never skip anything. */
const MIN = 3;

/**
 * requiredLiterals: a set of strings, one of which occurs in every match of `source` (a regex source as
 * lexicons write it), or undefined when no useful set can be proven.
 */
export function requiredLiterals(source: string): string[] | undefined {
  try {
    const p = new Parser(source);
    const set = p.alternation();
    return p.i === source.length && set && set.every(s => s.length >= MIN) ? [...new Set(set)] : undefined;
  } catch { return undefined; }
}

/** classEnd: the index just after the character class that opens at s[i] ("[…]"); throws if it is unclosed. */
export function classEnd(s: string, i: number): number {
  i++;
  if (s[i] === '^') i++;
  if (s[i] === ']') i++;
  while (i < s.length && s[i] !== ']') i += s[i] === '\\' ? 2 : 1;
  if (s[i] !== ']') throw new Error('class');
  return i + 1;
}

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  /** alternation: the union of each alternative's set (every alternative must have one). */
  alternation(): string[] | undefined {
    const alts: (string[] | undefined)[] = [this.sequence()];
    while (this.s[this.i] === '|') { this.i++; alts.push(this.sequence()); }
    if (alts.some(a => !a)) return undefined;
    return alts.flat() as string[];
  }

  /** sequence: the best mandatory element of a concatenation (the set whose shortest string is longest). */
  sequence(): string[] | undefined {
    const candidates: string[][] = [];
    let run = '';
    const flush = () => { if (run) candidates.push([run]); run = ''; };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.kind === 'char') {
        if (q === 'optional') { flush(); continue; }
        run += atom.char;
        if (q === 'repeat') flush();
        continue;
      }
      flush();
      if (atom.kind === 'group' && atom.set && q !== 'optional') candidates.push(atom.set);
      // lookarounds are zero-width and classes match many characters: neither is a required literal
    }
    flush();
    if (!candidates.length) return undefined;
    const score = (c: string[]) => Math.min(...c.map(x => x.length));
    return candidates.reduce((best, c) => (score(c) > score(best) ? c : best));
  }

  atom(): { kind: 'char'; char: string } | { kind: 'group'; set?: string[] } | { kind: 'other' } {
    const c = this.s[this.i];
    if (c === '(') {
      this.i++;
      let zeroWidth = false;
      if (this.s[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_][\w]*>)/.exec(this.s.slice(this.i, this.i + 40));
        if (!m) throw new Error('group');
        zeroWidth = m[0] !== '?:' && !m[0].startsWith('?<') ? true : m[0] === '?<=' || m[0] === '?<!';
        this.i += m[0].length;
      }
      const set = this.alternation();
      if (this.s[this.i] !== ')') throw new Error('unclosed');
      this.i++;
      return zeroWidth ? { kind: 'other' } : { kind: 'group', set };
    }
    if (c === '[') {
      this.i = classEnd(this.s, this.i);
      return { kind: 'other' };
    }
    if (c === '\\') {
      const n = this.s[this.i + 1];
      if (n === undefined) throw new Error('escape');
      if (n === 'p' || n === 'P') { const close = this.s.indexOf('}', this.i); if (close < 0) throw new Error('property'); this.i = close + 1; return { kind: 'other' }; }
      if (n === 'u' || n === 'x' || n === 'c' || /[0-9]/.test(n)) throw new Error('escape'); // code points, back-references: not handled
      this.i += 2;
      return /[A-Za-z]/.test(n) ? { kind: 'other' } : { kind: 'char', char: n }; // \b \s \w … vs \. \- \(
    }
    if (c === '^' || c === '$') { this.i++; return { kind: 'other' }; }
    if (c === '.' || c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') {
      if (c === '.') { this.i++; return { kind: 'other' }; }
      if (c === '{' || c === '}' || c === ']') { this.i++; return { kind: 'char', char: c }; }
      throw new Error('quantifier without atom');
    }
    this.i += c.length;
    return { kind: 'char', char: c };
  }

  /** quantifier after an atom: none, optional (may match zero times) or repeat (at least once). */
  quantifier(): 'none' | 'optional' | 'repeat' {
    const c = this.s[this.i];
    let kind: 'none' | 'optional' | 'repeat' = 'none';
    if (c === '?' || c === '*') { this.i++; kind = 'optional'; }
    else if (c === '+') { this.i++; kind = 'repeat'; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.s.slice(this.i, this.i + 20));
      if (!m) return 'none';
      this.i += m[0].length;
      kind = +m[1] === 0 ? 'optional' : m[2] === undefined && +m[1] === 1 ? 'none' : 'repeat';
    }
    if (kind !== 'none' && this.s[this.i] === '?') this.i++; // lazy
    return kind;
  }
}
