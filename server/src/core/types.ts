// Public types of the analysis core. The core is pure: text (+ format, language, settings) in, structure and
// findings out. It must never import `vscode` or `vscode-languageserver`; the server, CLI and client adapt it.

export type Lang = 'en' | 'fr' | 'es' | 'pt';
export const LANGS: readonly Lang[] = ['en', 'fr', 'es', 'pt'];

/** Input formats. `docx` text is extracted before analysis (by the CLI), so the core sees plain text. */
export type Format = 'plaintext' | 'markdown' | 'bill' | 'akn';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** Zero-based position, `character` in UTF-16 code units (the LSP convention). */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
/** Half-open offset span [start, end) into the document text. */
export interface Span { start: number; end: number }

export type ProvisionKind =
  | 'document' | 'book' | 'part' | 'title' | 'chapter' | 'division'
  | 'section' | 'subsection' | 'paragraph' | 'item' | 'definition';

/** One node of the bill's structure tree. Offsets are into the document text. */
export interface Provision {
  /** Stable id within one analysis, e.g. "sec-3", "sec-3/1/a". */
  id: string;
  kind: ProvisionKind;
  /** Depth in the tree; the document is 0. */
  depth: number;
  /** Number as written, without decoration: "3", "177 bis", "279.01", "1", "a", "ii". */
  num?: string;
  /** Human label, e.g. "Section 3", "Article 177 bis", "(1)", "Part II". */
  label: string;
  heading?: string;
  /** For definition entries: the defined term ("trafficking in persons"). */
  term?: string;
  start: number;
  end: number;
  /** Where the provision's own text begins (after number and heading). */
  bodyStart: number;
  /** Span of the line that introduces the provision (number + heading). */
  headerSpan: Span;
  children: Provision[];
  parent?: Provision;
  lang?: Lang;
}

export type Confidence = 'high' | 'medium' | 'low';

/** A recognised element term (act, means, purpose, safeguard cue) in the text. */
export interface TermMatch {
  /** Coverage key or cue id, e.g. "act.harbouring", "cue.non_penalization". */
  key: string;
  start: number;
  end: number;
  /** Exact Protocol wording (high) or national variant (medium). */
  confidence: Confidence;
  lang: Lang;
  /** The lexicon entry's canonical label, e.g. "harbouring". */
  label: string;
}

export interface CoverageEntry {
  present: boolean;
  range?: Range;
  provision?: string;
  confidence?: Confidence;
  /** Where the evidence came from: the definition/offence itself, or a provision it refers to. */
  via?: string;
}

export interface RelatedInfo { range: Range; message: string }

/** A text edit expressed in document offsets. */
export interface TextEditSpan { start: number; end: number; newText: string }

export interface Fix {
  title: string;
  edits: TextEditSpan[];
  isPreferred?: boolean;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  span: Span;
  /** Every citation renders as "A/RES/72/1, para N". */
  citations: string[];
  /** Declaration paragraph ids the finding relies on ("7", "11(a)"). */
  paragraphs: string[];
  confidence?: Confidence;
  provision?: string;
  related?: RelatedInfo[];
  fixes?: Fix[];
  /** Element or coverage keys the finding is about. */
  keys?: string[];
}

export type Profile = 'UN-MIN' | 'UN-REC' | 'COE' | 'EU' | 'ASEAN';
export type BillType = 'comprehensive' | 'penal-amendment' | 'victim-protection';

export interface Settings {
  profile: Profile;
  billType: BillType;
  /** "auto" detects the language per document and per provision. */
  language: Lang | 'auto';
  /** Downgrades general-part checks (attempt, complicity, jurisdiction, confiscation) to info. */
  assumeGeneralPart: boolean;
  /** Per-rule severity override, e.g. {"missing-means-payments": "warning"}. */
  rules: Record<string, SeveritySetting>;
  /** Hovers explain each element in plain language with an example. */
  trainingMode: boolean;
}

export interface AnalyzeOptions {
  format?: Format;
  settings?: Partial<Settings>;
  /** Used only in messages and related information. */
  uri?: string;
  /**
   * The previous analysis of the same document (the editor's last version): only the changed stretch of
   * text is folded again. Results are identical with or without it.
   */
  previous?: { view: { text: string }; folded: string };
  /**
   * Keep results by position for the document's next version (default true: the editor analyses again at
   * every keystroke). A one-off analysis (the CLI) passes false and skips that bookkeeping; same results.
   */
  incremental?: boolean;
}
