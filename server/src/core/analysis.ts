import type { AnalyzeOptions, CoverageEntry, Finding, Format, Lang, Provision, Settings, Span } from './types';
import { makeView, type TextView } from './formats/view';
import { fold, refold } from './text/fold';
import { LineIndex } from './text/lineIndex';
import { detectLanguage, detectWithSections, type Detection } from './language/detect';
import { lexicon, type CompiledLexicon } from './lexicon';
import { describe, flatten, parseStructure } from './structure';
import { findTerms, type DefinedTerm } from './structure/terms';
import { findCrossRefs, REF_OPENINGS, type CrossRef } from './structure/crossrefs';
import { findScope, type Scope } from './scope';
import { computeElements, type ElementResult } from './elements';
import { computeSafeguards } from './safeguards';
import { computeChecklist, type Checklist } from './checklist';
import { mergeSettings } from './config/settings';
import { runRules, ruleMeta } from './rules/registry';
import { applySuppressions, type Suppressed } from './suppress';
import { withoutVersions } from './cache';

export interface Analysis {
  uri?: string;
  text: string;
  format: Format;
  view: TextView;
  folded: string;
  lines: LineIndex;
  settings: Settings;
  /** The document's main language, and how sure the detector was (1 when forced by a setting). */
  language: Lang;
  languageConfidence: number;
  lexicon: CompiledLexicon;
  lexFor(p: Provision): CompiledLexicon;
  root: Provision;
  provisions: Provision[];
  terms: DefinedTerm[];
  crossRefs: CrossRef[];
  scope: Scope;
  elements: ElementResult;
  coverage: Record<string, CoverageEntry>;
  /** Victim safeguards and the rest of the declaration, with detailed judgements for the rules. */
  checklist: Checklist;
  findings: Finding[];
  /** Findings silenced by inline palermo-disable comments, with the reviewer's reason. */
  suppressed: Suppressed[];
  describe(p: Provision): string;
}

/**
 * analyze is the whole core: text (+ format, settings) in, structure, coverage and findings out. It is
 * synchronous and pure, so the language server, the CLI and tests all call it the same way.
 */
export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  return opts.incremental === false ? withoutVersions(() => analyzeText(text, opts)) : analyzeText(text, opts);
}

function analyzeText(text: string, opts: AnalyzeOptions): Analysis {
  const settings = mergeSettings(opts.settings);
  const format = opts.format ?? 'plaintext';
  const view = makeView(text, format);
  const folded = opts.previous ? refold(opts.previous.view.text, opts.previous.folded, view.text) : fold(view.text);
  const lines = new LineIndex(text);
  const detected = detectLanguage(folded);
  const language: Lang = settings.language === 'auto' ? detected.lang : settings.language;
  const root = parseStructure(view, folded, language);
  const provisions = flatten(root);
  const otherLanguages = settings.language === 'auto' && assignProvisionLanguages(root, folded, language);
  const lexFor = (p: Provision) => lexicon(p.lang ?? language);
  const terms = findTerms(root, view.text, folded);
  const crossRefs = findCrossRefs(root, folded, lexicon(language).literalStarts(REF_OPENINGS, folded));
  const scope = findScope({ root, folded, terms, crossRefs, lexFor });
  const elements = computeElements(scope, folded, lines, lexFor);
  const blocks = languageBlocks(root, lexFor, text.length, otherLanguages);
  const checklist = computeChecklist({ root, folded, lines, scope, blocks, lexFor });
  const coverage = { ...elements.coverage, ...computeSafeguards({ root, folded, lines, scope, elements, terms, blocks, lexFor }), ...checklist.coverage };
  const a: Analysis = {
    uri: opts.uri, text, format, view, folded, lines, settings, language,
    languageConfidence: settings.language === 'auto' ? detected.confidence : 1,
    lexicon: lexicon(language), lexFor, root, provisions, terms, crossRefs, scope, elements, coverage, checklist,
    findings: [], suppressed: [], describe: p => describe(p),
  };
  const sup = applySuppressions(text, lines, runRules(a), code => !!ruleMeta(code) || code === 'input-malformed');
  a.findings = sup.findings;
  a.suppressed = sup.suppressed;
  for (const p of view.problems) {
    a.findings.push({ code: 'input-malformed', severity: 'warning', message: p.message, span: p, range: lines.range(p), citations: [], paragraphs: [] });
  }
  return a;
}

/**
 * Bilingual laws (Canada, Cameroon, Belgium…) put two languages in one file: a section whose own text
 * clearly reads as another language gets that language, and its sub-provisions inherit it.
 */
function assignProvisionLanguages(root: Provision, folded: string, main: Lang): boolean {
  let any = false;
  const vote = (p: Provision, d: Detection | undefined) => {
    if (d && d.lang !== main && d.confidence > 0.6) { setLang(p, d.lang); any = true; }
  };
  for (const c of root.children) {
    if (c.kind === 'section') { if (c.end - c.start >= 200) vote(c, detectLanguage(folded, c.start, c.end, main)); continue; }
    // A part's votes are its sections' plus those of the text between them (language/detect.ts); the part is
    // voted first, then each section (a section of another language than its part's has the last word).
    const sections = c.children.filter(x => x.kind === 'section');
    const d = detectWithSections(folded, c, sections, main, 200);
    vote(c, d.part);
    for (let i = 0; i < sections.length; i++) vote(sections[i], d.sections[i]);
  }
  return any;
}

function setLang(p: Provision, lang: Lang): void { p.lang = lang; for (const c of p.children) setLang(c, lang); }

/**
 * languageBlocks splits the document into spans that share a language, for whole-document cue searches.
 * `anyLang`: whether some provision was given a language of its own; when none was, the walk over every
 * provision would find none, and the answer is the whole document in one block.
 */
function languageBlocks(root: Provision, lexFor: (p: Provision) => CompiledLexicon, length: number, anyLang: boolean): { span: Span; lex: CompiledLexicon }[] {
  const out: { span: Span; lex: CompiledLexicon }[] = [];
  if (!anyLang) return length > 0 ? [{ span: { start: 0, end: length }, lex: lexFor(root) }] : out;
  let at = 0;
  const visit = (p: Provision) => {
    if (p.lang) {
      if (p.start > at) out.push({ span: { start: at, end: p.start }, lex: lexFor(root) });
      out.push({ span: { start: p.start, end: p.end }, lex: lexFor(p) });
      at = p.end;
      return;
    }
    p.children.forEach(visit);
  };
  root.children.forEach(visit);
  if (at < length) out.push({ span: { start: at, end: length }, lex: lexFor(root) });
  return out;
}
