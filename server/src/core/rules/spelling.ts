// "Did you mean": a misspelt element term in the definition or offence ("harbourng", "tranportation",
// "servitud") silently drops that element. Reported only when the element it resembles is missing, which
// keeps the check quiet on correct text; the quick fix replaces the word with the correct form.

import en from '../../../../data/lexicons/en/spelling.json';
import fr from '../../../../data/lexicons/fr/spelling.json';
import es from '../../../../data/lexicons/es/spelling.json';
import pt from '../../../../data/lexicons/pt/spelling.json';
import type { Lang } from '../types';
import { fold } from '../text/fold';
import type { Rule } from './types';
import { cachingEnabled, MAX_KEY, Memo, ownCopy, registerCache } from '../cache';

type Words = Record<string, string[]>;
const DATA: Record<Lang, Words> = { en: en.words, fr: fr.words, es: es.words, pt: pt.words };
const ALL = new Set(Object.values(DATA).flatMap(w => Object.values(w).flat().map(fold)));
// An inflection of a correct word is not a misspelling ("transfers" of "transfer", "harboured").
const SUFFIX = /^(?:s|es|ed|d|ing|ly|e|er|ion|ions|ment|ments)$/;

/** osa: optimal-string-alignment distance, giving up (returning max + 1) once it exceeds max. */
export function osa(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [], prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev2 = prev; prev = cur;
  }
  return prev[b.length];
}

/** suggest: the correct form a word is a misspelling of, among the words of uncovered elements. */
export function suggest(word: string, lang: Lang, missing: (key: string) => boolean): { key: string; correct: string } | undefined {
  if (word.length < 5 || ALL.has(word)) return undefined;
  let best: { key: string; correct: string; d: number } | undefined;
  for (const [key, forms] of Object.entries(DATA[lang])) {
    if (!missing(key)) continue;
    for (const correct of forms) {
      const f = fold(correct);
      if (word.startsWith(f) && SUFFIX.test(word.slice(f.length))) return undefined;
      const max = f.length >= 9 ? 2 : 1;
      const d = osa(word, f, max);
      if (d <= max && (!best || d < best.d)) best = { key, correct, d };
    }
  }
  return best && { key: best.key, correct: best.correct };
}

/**
 * Suggestions remembered across analyses, per language and set of missing elements (the whole input of
 * suggest() besides the word): between keystrokes that set rarely changes, and a long offence part has
 * hundreds of distinct words, each compared with every form of every missing element.
 */
const remembered = new Map<string, Map<string, ReturnType<typeof suggest>>>();
registerCache(remembered);
function suggestionsFor(lang: Lang, missing: (key: string) => boolean): Map<string, ReturnType<typeof suggest>> {
  if (!cachingEnabled()) return new Map(); // a from-scratch analysis (tests compare against it)
  const k = `${lang}\u0001${Object.keys(DATA[lang]).filter(missing).join('\u0001')}`;
  let m = remembered.get(k);
  if (!m) {
    if (remembered.size >= 64) remembered.clear();
    remembered.set(k, m = new Map());
  }
  if (m.size >= 20000) m.clear();
  return m;
}

// Hoisted: the bundler turns a \p{…} literal into a new RegExp each time it is evaluated.
const WORD5 = /\p{L}{5,30}/gu;
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * wordsIn: the words of five letters or more in a span's text (/\p{L}{5,30}/gu), as offsets and words,
 * remembered by the text: a keystroke changes one span of a long offence part, not the others.
 */
interface SpanWords { at: Int32Array; words: string[] }
const wordLists = new Memo<SpanWords>(20000, 1024 * 1024, 'spelling-words'); // the offence parts of the open bills
function wordsIn(slice: string): SpanWords {
  const cacheable = slice.length <= MAX_KEY;
  let w = cacheable ? wordLists.get(slice) : undefined;
  if (!w) {
    const at: number[] = [], words: string[] = [];
    const re = WORD5;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) { at.push(m.index); words.push(cacheable ? ownCopy(m[0]) : m[0]); }
    w = { at: Int32Array.from(at), words };
    if (cacheable) wordLists.set(ownCopy(slice), w);
  }
  return w;
}

export const spellingRules: Rule[] = [{
  meta: {
    code: 'element-term-misspelt', title: 'Misspelt element term in the definition', family: 'definition', severity: 'warning',
    paragraphs: ['7'], refs: ['Protocol, art. 3(a)'], tag: 'K',
    hover: 'This word looks like a misspelling of an element of the para 7 definition; as written, the element is not covered.',
    explain: 'A typing slip in the definition can remove an element from the offence: a court reads "harbourng" as no word at all. Example: "recruits, transports, transfers, harbourng" — did you mean "harbouring"?',
  },
  run(ctx) {
    const a = ctx.analysis;
    const missing = (key: string) => a.coverage[key] ? !a.coverage[key].present : false;
    const units = [...a.scope.core, ...a.scope.extended.filter(u => u.role === 'exploitation')];
    // suggest() proposes only words of missing elements: when no unit's language misses any, nothing can be
    // reported, and the words of a long offence part need not be read at all.
    const langs = new Set(units.map(u => u.provision.lang ?? a.language));
    if (![...langs].some(l => Object.keys(DATA[l]).some(missing))) return;
    // Word starts already judged (units may overlap), as a bitmap: a long offence part has thousands of words.
    const seen = new Uint8Array(a.folded.length + 1);
    // The same words recur through a long offence part: each is judged once per language (and remembered).
    const judgedIn = new Map<Lang, Map<string, ReturnType<typeof suggest>>>();
    for (const unit of units) {
      const lang = unit.provision.lang ?? a.language;
      let judged = judgedIn.get(lang);
      if (!judged) judgedIn.set(lang, judged = suggestionsFor(lang, missing));
      for (const span of unit.spans) {
        const ws = wordsIn(a.folded.slice(span.start, span.end));
        for (let i = 0; i < ws.at.length; i++) {
          const start = span.start + ws.at[i], word = ws.words[i];
          if (seen[start]) continue;
          seen[start] = 1;
          let s = judged.get(word);
          if (s === undefined && !judged.has(word)) { s = suggest(word, lang, missing); judged.set(word, s); }
          if (!s) continue;
          const original = a.text.slice(start, start + word.length);
          const correct = UPPER_FIRST.test(original) ? s.correct[0].toUpperCase() + s.correct.slice(1) : s.correct;
          ctx.report({
            span: { start, end: start + word.length }, confidence: 'medium', keys: [s.key], provision: unit.provision.id,
            message: `"${original}" looks like a misspelling of "${correct}"; as written, ${s.key.split('.')[1].replace(/_/g, ' ')} is not covered.`,
            fixes: [{ title: `Did you mean "${correct}"?`, isPreferred: true, edits: [{ start, end: start + word.length, newText: correct }] }],
          });
        }
      }
    }
  },
}];
