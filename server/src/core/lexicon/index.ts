// Lexicons are data: data/lexicons/<lang>/<part>.json. Each part contributes elements, phrases,
// exclusions and cues; parts are merged per language. Adding a language adds a folder, not code.
import enDefinition from '../../../../data/lexicons/en/definition.json';
import enSafeguards from '../../../../data/lexicons/en/safeguards.json';
import frDefinition from '../../../../data/lexicons/fr/definition.json';
import frSafeguards from '../../../../data/lexicons/fr/safeguards.json';
import esDefinition from '../../../../data/lexicons/es/definition.json';
import esSafeguards from '../../../../data/lexicons/es/safeguards.json';
import ptDefinition from '../../../../data/lexicons/pt/definition.json';
import ptSafeguards from '../../../../data/lexicons/pt/safeguards.json';
import type { Lang } from '../types';
import { CompiledLexicon } from './compile';
import type { LexiconData } from './types';

type Part = Partial<LexiconData> & { language: string };
const PARTS: Record<Lang, Part[]> = {
  en: [enDefinition, enSafeguards], fr: [frDefinition, frSafeguards],
  es: [esDefinition, esSafeguards], pt: [ptDefinition, ptSafeguards],
} as unknown as Record<Lang, Part[]>;

function merge(lang: Lang, parts: Part[]): LexiconData {
  const out: LexiconData = { language: lang, name: lang, stopwords: [], elements: {}, phrases: [], exclude: [], cues: {}, forms: {} };
  for (const p of parts) {
    if (p.name) out.name = p.name;
    out.stopwords.push(...(p.stopwords ?? []));
    Object.assign(out.elements, p.elements ?? {});
    out.phrases!.push(...(p.phrases ?? []));
    out.exclude!.push(...(p.exclude ?? []));
    for (const [k, v] of Object.entries(p.cues ?? {})) out.cues[k] = [...(out.cues[k] ?? []), ...v];
    Object.assign(out.forms!, p.forms ?? {});
  }
  return out;
}

const DATA = new Map<Lang, LexiconData>();
const compiled = new Map<Lang, CompiledLexicon>();

export function lexiconData(lang: Lang): LexiconData {
  let d = DATA.get(lang);
  if (!d) { d = merge(lang, PARTS[lang]); DATA.set(lang, d); }
  return d;
}

/** lexicon returns the compiled lexicon of a language, compiling it once per process. */
export function lexicon(lang: Lang): CompiledLexicon {
  let c = compiled.get(lang);
  if (!c) { c = new CompiledLexicon(lexiconData(lang)); compiled.set(lang, c); }
  return c;
}

export type { LexiconData } from './types';
export { CompiledLexicon } from './compile';
