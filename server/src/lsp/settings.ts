// Per-document settings for the server: VS Code's `palermo.*` configuration (when the client supports
// workspace/configuration) layered under the nearest .palermo.json, exactly as the CLI resolves them.
// An invalid .palermo.json is reported on the file itself, and its last valid contents stay in force.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import type { Settings } from '../core/types';
import { findConfigFile, loadConfigFile, resolveSettings, type LoadedConfig } from '../node/config';

export interface EditorSettings extends Partial<Settings> {
  languages?: string[];
  debounceMs?: number;
}

export const DEFAULT_LANGUAGES = ['bill', 'markdown', 'plaintext', 'text', 'akomantoso', 'xml'];

export class SettingsStore {
  canAsk = false;
  private readonly editor = new Map<string, Promise<EditorSettings>>();
  private readonly lastGood = new Map<string, LoadedConfig>();
  private global: EditorSettings = {};

  constructor(private readonly connection: Connection) {}

  setGlobal(s: EditorSettings | undefined): void { this.global = s ?? {}; this.editor.clear(); }
  clear(): void { this.editor.clear(); this.lastGood.clear(); }

  async editorSettings(uri: string): Promise<EditorSettings> {
    if (!this.canAsk) return this.global;
    let p = this.editor.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'palermo' })
        .then(v => (v && typeof v === 'object' ? v as EditorSettings : {}), () => ({}));
      this.editor.set(uri, p);
    }
    return p;
  }

  /** project loads the .palermo.json governing a document, publishing its problems on the config file. */
  project(uri: string): LoadedConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const file = findConfigFile(path.dirname(fileURLToPath(uri)));
    if (!file) return undefined;
    const loaded = loadConfigFile(file);
    const fileUri = pathToFileURL(file).href;
    void this.connection.sendDiagnostics({
      uri: fileUri,
      diagnostics: loaded.problems.map(p => ({
        range: { start: { line: p.line ?? 0, character: p.character ?? 0 }, end: { line: p.line ?? 0, character: (p.character ?? 0) + Math.max(1, p.key.split('.').pop()!.length + 2) } },
        severity: DiagnosticSeverity.Error, source: 'palermo', code: 'config-invalid', message: p.message,
      })),
    });
    const unusable = loaded.problems.some(p => !p.key);
    if (unusable) return this.lastGood.get(file) ?? loaded;
    this.lastGood.set(file, loaded);
    return loaded;
  }

  async resolve(uri: string): Promise<{ settings: Settings; editor: EditorSettings }> {
    const editor = { ...this.global, ...(await this.editorSettings(uri)) };
    const { languages: _l, debounceMs: _d, ...analysis } = editor;
    return { settings: resolveSettings(analysis, this.project(uri)?.settings), editor };
  }
}
