import en from '../../../../data/lexicons/en.json';
import es from '../../../../data/lexicons/es.json';
import fr from '../../../../data/lexicons/fr.json';
import pt from '../../../../data/lexicons/pt.json';
import type { Lang } from '../types';
import { CompiledLexicon } from './compile';
import type { LexiconData } from './types';

const DATA: Record<Lang, LexiconData> = { en, fr, es, pt } as unknown as Record<Lang, LexiconData>;
const compiled = new Map<Lang, CompiledLexicon>();

/** lexicon returns the compiled lexicon of a language, compiling it once per process. */
export function lexicon(lang: Lang): CompiledLexicon {
  let c = compiled.get(lang);
  if (!c) { c = new CompiledLexicon(DATA[lang]); compiled.set(lang, c); }
  return c;
}

export function lexiconData(lang: Lang): LexiconData { return DATA[lang]; }
export type { LexiconData } from './types';
export { CompiledLexicon } from './compile';
