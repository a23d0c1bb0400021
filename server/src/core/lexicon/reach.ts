// How far a regex attempt can look from its starting position: the longest match, plus what lookarounds
// read, in UTF-16 code units, or Infinity when a repetition is unbounded or the pattern is beyond this
// reader. rescan.ts relies on it to know which attempts an edit can have changed, so every estimate errs
// high: any character-like atom counts two code units (an astral letter in Unicode mode), and lookbehinds
// count as if they read forward too.

import { classEnd } from './literals';

export function reachOf(source: string): number {
  try {
    const r = new Reader(source);
    const n = r.alternation();
    return r.i === source.length ? n : Infinity;
  } catch { return Infinity; }
}

class Reader {
  i = 0;
  constructor(private readonly s: string) {}

  alternation(): number {
    let max = this.sequence();
    while (this.s[this.i] === '|') { this.i++; max = Math.max(max, this.sequence()); }
    return max;
  }

  sequence(): number {
    let total = 0;
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const times = this.quantifier();
      total += atom === 0 ? 0 : atom * times;
    }
    return total;
  }

  atom(): number {
    const c = this.s[this.i];
    if (c === '(') {
      this.i++;
      if (this.s[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>)/.exec(this.s.slice(this.i, this.i + 40));
        if (!m) throw new Error('group');
        this.i += m[0].length;
      }
      const n = this.alternation();
      if (this.s[this.i] !== ')') throw new Error('unclosed');
      this.i++;
      return n;
    }
    if (c === '[') {
      this.i = classEnd(this.s, this.i);
      return 2;
    }
    if (c === '\\') {
      const n = this.s[this.i + 1];
      if (n === undefined) throw new Error('escape');
      if (/[1-9k]/.test(n)) throw new Error('back-reference'); // could repeat a long group: no bound
      if (n === 'p' || n === 'P' || n === 'u') {
        const brace = this.s[this.i + 2] === '{' ? this.s.indexOf('}', this.i) : -1;
        this.i = brace >= 0 ? brace + 1 : this.i + (n === 'u' ? 6 : 2);
        return 2;
      }
      if (n === 'x') { this.i += 4; return 2; }
      if (n === 'c') { this.i += 3; return 2; }
      this.i += 2;
      return 'bB'.includes(n) ? 0 : 2;
    }
    if (c === '^' || c === '$') { this.i++; return 0; }
    if (c === '*' || c === '+' || c === '?') throw new Error('quantifier without atom');
    this.i += 1;
    return 2;
  }

  /** quantifier: the most times the preceding atom can repeat. */
  quantifier(): number {
    const c = this.s[this.i];
    let times = 1;
    if (c === '?') { this.i++; times = 1; }
    else if (c === '*' || c === '+') { this.i++; times = Infinity; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.s.slice(this.i, this.i + 24));
      if (m) { this.i += m[0].length; times = m[2] === undefined ? +m[1] : m[3] === '' ? Infinity : +m[3]; }
      else return 1; // a literal "{", read as the next atom
    }
    if (times !== 1 || c === '?') { if (this.s[this.i] === '?') this.i++; } // lazy
    return times;
  }
}
