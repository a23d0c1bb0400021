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

/**
 * literalPlans: for each top-level alternative of `source`, every set of strings that the alternative's matches
 * must contain one of (a mandatory run of characters, or a mandatory group's strings); undefined when some
 * alternative has no such set. The cue index (lexicon/needles.ts) picks, per alternative, the set whose strings
 * occur least in the text at hand, and looks for matches only around those occurrences. `lead` is the set an
 * alternative's matches begin with, if any: its strings then occur at the very start of the match.
 */
export interface LiteralPlan { sets: string[][]; lead?: string[] }

export function literalPlans(source: string): LiteralPlan[] | undefined {
  try {
    const p = new Parser(source);
    const alts = [p.plan()];
    while (source[p.i] === '|') { p.i++; alts.push(p.plan()); }
    if (p.i !== source.length) return undefined;
    const plans = alts.map(({ sets, lead }) => {
      const useful = (set: string[]) => set.every(s => s.length >= MIN);
      const seen = new Set<string>(), kept: string[][] = [];
      for (const set of sets.filter(useful).map(set => [...new Set(set)].sort())) {
        const key = set.join('\u0000');
        if (!seen.has(key)) { seen.add(key); kept.push(set); }
      }
      const l = lead && useful(lead) ? kept.find(s => s.join('\u0000') === [...new Set(lead)].sort().join('\u0000')) : undefined;
      return l ? { sets: kept, lead: l } : { sets: kept };
    });
    return plans.every(c => c.sets.length) ? plans : undefined;
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

/** One element of a concatenation, as parsed: a character, a group, or anything else (a class, a lookaround). */
type Quant = 'none' | 'optional' | 'repeat';
type El = { kind: 'char'; char: string; q: Quant } | { kind: 'group'; set?: string[]; exact?: string[]; q: Quant } | { kind: 'other' };

/** Largest set of exact strings worth building from a concatenation ("re-?traffick" → 2 strings). */
const EXACT_MAX = 8;

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  /**
   * alternation: the union of each alternative's best set (every alternative must have one), and — when every
   * alternative can match only a few fixed strings — the union of those strings.
   */
  alternation(): string[] | undefined { return this.alternatives().set; }

  private alternatives(): { set?: string[]; exact?: string[] } {
    const alts = [this.sequence()];
    while (this.s[this.i] === '|') { this.i++; alts.push(this.sequence()); }
    const set = alts.some(a => !a.best) ? undefined : alts.flatMap(a => a.best!);
    const exact = alts.some(a => !a.exact) ? undefined : [...new Set(alts.flatMap(a => a.exact!))];
    return { set, exact: exact && exact.length <= EXACT_MAX ? exact : undefined };
  }

  /** sequence: the best mandatory element of a concatenation (the set whose shortest string is longest). */
  private sequence(): { best?: string[]; exact?: string[] } {
    const els = this.elements();
    const candidates = required(els);
    const score = (c: string[]) => Math.min(...c.map(x => x.length));
    const best = candidates.length ? candidates.reduce((b, c) => (score(c) > score(b) ? c : b)) : undefined;
    return { best, exact: exactStrings(els) };
  }

  /** candidates: every mandatory element of a concatenation, as a set of strings one of which it matches. */
  candidates(): string[][] { return required(this.elements()); }

  /**
   * plan: the candidate sets of a concatenation for the cue index — its mandatory elements, and the runs of
   * fixed elements joined into the few exact strings they can match ("re-?traffick(?:ing|ed)" is one of four
   * strings, rarer than "traffick" alone).
   */
  plan(): { sets: string[][]; lead?: string[] } {
    const els = this.elements();
    const runs = products(els);
    // The run from the first element, or else the first element itself, is what every match begins with.
    const first = els.length ? fixed(els[0]) : undefined;
    const lead = runs.find(r => r.from === 0)?.set ?? (first && !first.includes('') ? first : undefined);
    return { sets: [...required(els), ...runs.map(r => r.set), ...(lead ? [lead] : [])], lead };
  }

  private elements(): El[] {
    const els: El[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const q = this.quantifier();
      els.push(atom.kind === 'other' ? atom : { ...atom, q });
    }
    return els;
  }

  atom(): { kind: 'char'; char: string } | { kind: 'group'; set?: string[]; exact?: string[] } | { kind: 'other' } {
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
      const { set, exact } = this.alternatives();
      if (this.s[this.i] !== ')') throw new Error('unclosed');
      this.i++;
      return zeroWidth ? { kind: 'other' } : { kind: 'group', set, exact };
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
  quantifier(): Quant {
    const c = this.s[this.i];
    let kind: Quant = 'none';
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

/** required: the mandatory elements of a concatenation — runs of plain characters, and mandatory groups' sets. */
function required(els: El[]): string[][] {
  const out: string[][] = [];
  let run = '';
  const flush = () => { if (run) out.push([run]); run = ''; };
  for (const e of els) {
    if (e.kind === 'char') {
      if (e.q === 'optional') { flush(); continue; }
      run += e.char;
      if (e.q === 'repeat') flush();
      continue;
    }
    flush();
    if (e.kind === 'group' && e.set && e.q !== 'optional') out.push(e.set);
    // lookarounds are zero-width and classes match many characters: neither is a required literal
  }
  flush();
  return out;
}

/** fixed: the exact strings one element can match ("" among them when it is optional), if only a few. */
function fixed(e: El): string[] | undefined {
  if (e.kind === 'char') return e.q === 'none' ? [e.char] : e.q === 'optional' ? [e.char, ''] : undefined;
  if (e.kind === 'group' && e.exact) return e.q === 'none' ? e.exact : e.q === 'optional' ? [...e.exact, ''] : undefined;
  return undefined;
}

/** join: every concatenation of a string of a with a string of b, or undefined past EXACT_MAX. */
function join(a: string[], b: string[]): string[] | undefined {
  if (b.length === 1) return a.map(x => x + b[0]); // a plain character: the common case, and the count stays
  if (a.length * b.length > EXACT_MAX * 4) return undefined;
  const out = [...new Set(a.flatMap(x => b.map(y => x + y)))];
  return out.length <= EXACT_MAX ? out : undefined;
}

/** exactStrings: the strings a whole concatenation can match, when it is made of fixed elements only. */
function exactStrings(els: El[]): string[] | undefined {
  let acc: string[] | undefined = [''];
  for (const e of els) {
    const f = fixed(e);
    acc = f && acc ? join(acc, f) : undefined;
    if (!acc) return undefined;
  }
  return acc;
}

/**
 * products: from each element on, the longest run of fixed elements whose strings stay few, as one set — only
 * where it reaches further than the run from the element before (a run's own tails add nothing).
 */
function products(els: El[]): { set: string[]; from: number }[] {
  const out: { set: string[]; from: number }[] = [];
  let reached = -1;
  for (let i = 0; i < els.length; i++) {
    let acc: string[] = [''], j = i;
    for (; j < els.length; j++) {
      const f = fixed(els[j]);
      const next = f && join(acc, f);
      if (!next) break;
      acc = next;
    }
    if (j > reached && j > i + 1 && !acc.includes('')) out.push({ set: acc, from: i });
    reached = Math.max(reached, j);
    // A run from a later element of this one ends where this one did or sooner, unless this one stopped for
    // having too many strings: skip to the element that ended it.
    if (j === els.length || !fixed(els[j])) i = Math.max(i, j - 1);
  }
  return out;
}
