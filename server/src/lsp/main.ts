// palermo-language-server: the LSP adapter around the analysis core. Start with --stdio (any editor) or
// --node-ipc (the VS Code client).

import {
  createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PACKABLE } from './documents';
import { analyze, type Analysis } from '../core/analysis';
import { formatFor } from '../core/formats/view';
import { RULES } from '../core/rules/registry';
import { Scheduler } from './scheduler';
import { RETAINED_CHARS } from './retention';
import { availableGc, IdleCollector } from './idleGc';
import { toDiagnostic } from './diagnostics';
import { hoverAt, indexRules } from './hover';
import { DEFAULT_LANGUAGES, SettingsStore } from './settings';
import { registerFeatures } from './features';
import { registerMemoryDebug } from './debugMemory';
import { version as SERVER_VERSION } from '../../../package.json';

if (!process.argv.some(a => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
  process.argv.push('--stdio');
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(PACKABLE);
const settings = new SettingsStore(connection);
indexRules(RULES);

let languages = new Set(DEFAULT_LANGUAGES);
let canRegisterConfig = false;
/**
 * Pages that are about bills but are not bills: the rule documentation (docs/rules/<code>.md, which the
 * "open rule docs" command and the diagnostics' code links open in the editor) and a project's own notes.
 * Checking them would fill the Problems panel with "the bill lacks…" for a help page.
 */
const NOT_A_BILL = /(?:\/docs\/rules\/[^/]+\.md|\/(?:README|CHANGELOG|CONTRIBUTING|LICENSE|CODE_OF_CONDUCT|SECURITY)(?:\.[a-z]+)?)$/i;
const attached = (doc: TextDocument) =>
  !NOT_A_BILL.test(doc.uri) && (languages.has(doc.languageId) || /\.(bill|akn)$/i.test(doc.uri));

/** The settings each document was analysed with, resolved before the (synchronous) run. */
const resolved = new Map<string, Awaited<ReturnType<SettingsStore['resolve']>>>();

const scheduler: Scheduler<Analysis> = new Scheduler<Analysis>(
  (uri, version): Analysis | undefined => {
    const doc = documents.get(uri);
    if (!doc || doc.version !== version) return undefined;
    // The previous analysis lets the core re-fold only the edited stretch; per-provision results are reused
    // through the core's content-keyed caches (core/cache.ts).
    return analyzeDoc(doc);
  },
  (uri, version, a) => {
    void connection.sendDiagnostics({ uri, version, diagnostics: a.findings.map(f => toDiagnostic(f, a, uri, version)) });
  },
  200,
  // Analyses kept in memory: those of the most recently used documents, up to two 1 MB bills' worth
  // (≈ 6 MB of heap each); ordinary bills (10–200 KB) by the dozen all keep theirs. See retention.ts.
  // A document whose analysis goes keeps its text packed until it is next read (documents.ts) — packed after
  // the current run has published (≈ 10 ms for 1 MB), and only if it has not been analysed again meanwhile.
  {
    weigh: a => a.text.length,
    budget: RETAINED_CHARS,
    evicted: uri => { setImmediate(() => { if (!scheduler.retained().includes(uri)) documents.get(uri)?.pack(); }); },
  },
);

const collector = new IdleCollector(availableGc(), () => scheduler.busy());

async function validate(doc: TextDocument, immediate = false): Promise<void> {
  if (!attached(doc)) return;
  const s = await settings.resolve(doc.uri);
  resolved.set(doc.uri, s);
  scheduler.delayMs = typeof s.editor.debounceMs === 'number' && s.editor.debounceMs >= 0 ? s.editor.debounceMs : 200;
  const current = documents.get(doc.uri);
  if (current) scheduler.schedule(doc.uri, current.version, immediate ? 0 : undefined);
}

/** analysisFor returns an up-to-date analysis, computing it now if the debounced one is stale. */
export function analysisFor(uri: string): Analysis | undefined {
  const doc = documents.get(uri);
  if (!doc || !attached(doc)) return undefined;
  const fresh = scheduler.resultFor(uri, doc.version);
  if (fresh) return fresh;
  const a = analyzeDoc(doc);
  // Kept if it is for the version the scheduler expects (its pending run then publishes this result), and
  // so a document whose analysis was let go (retention) is analysed once per version, not once per request.
  scheduler.store(uri, doc.version, a);
  return a;
}

/** analyzeDoc runs the core on a document's current text; the idle collector counts the work. */
function analyzeDoc(doc: TextDocument): Analysis {
  const text = doc.getText();
  const a = analyze(text, { format: docFormat(doc), settings: resolved.get(doc.uri)?.settings, uri: doc.uri, previous: scheduler.lastResult(doc.uri) });
  collector.noteAnalysis(text.length);
  return a;
}

/** docFormat: the language id decides (markdown, bill); plain text and XML fall back to the file name and content. */
function docFormat(doc: TextDocument) {
  if (doc.languageId === 'markdown' || doc.languageId === 'bill') return doc.languageId;
  return formatFor(doc.uri, doc.getText());
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  settings.canAsk = !!caps.workspace?.configuration;
  // Registering for configuration changes is only allowed when the client says it supports dynamic
  // registration (eglot, for one, warns about an unsupported registration); others push changes anyway.
  canRegisterConfig = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  const init = params.initializationOptions as { languages?: string[]; settings?: Record<string, unknown> } | undefined;
  if (Array.isArray(init?.languages)) languages = new Set(init!.languages);
  if (init?.settings) settings.setGlobal(init.settings);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      ...featureCapabilities(),
    },
    serverInfo: { name: 'palermo-language-server', version: SERVER_VERSION },
  };
});

connection.onInitialized(() => {
  if (settings.canAsk && canRegisterConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'palermo' });
});

connection.onDidChangeConfiguration(change => {
  const s = (change.settings as { palermo?: Record<string, unknown> } | undefined)?.palermo;
  if (s) {
    settings.setGlobal(s);
    if (Array.isArray(s.languages)) languages = new Set(s.languages as string[]);
  } else settings.clear();
  for (const d of documents.all()) void validate(d, true);
});

connection.onDidChangeWatchedFiles(() => {
  settings.clear();
  for (const d of documents.all()) void validate(d, true);
});

documents.onDidOpen(e => { void validate(e.document, true); });
documents.onDidChangeContent(e => { void validate(e.document); });
documents.onDidClose(e => {
  scheduler.forget(e.document.uri);
  collector.noteClosed(e.document.getText().length);
  resolved.delete(e.document.uri);
  settings.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover(p => {
  const a = analysisFor(p.textDocument.uri);
  if (!a) return null;
  return hoverAt(a, a.lines.offset(p.position));
});

const { capabilities: featureCapabilities } = registerFeatures({ connection, documents, analysisFor });
registerMemoryDebug(connection, () => ({ retained: scheduler.retained(), packed: documents.all().filter(d => d.isPacked).map(d => d.uri), collections: collector.collections }));

// The server must outlive any bad input: log, never crash.
process.on('uncaughtException', e => connection.console.error(`palermo: ${e.stack ?? e}`));
process.on('unhandledRejection', e => connection.console.error(`palermo: ${(e as Error)?.stack ?? e}`));

documents.listen(connection);
connection.listen();


