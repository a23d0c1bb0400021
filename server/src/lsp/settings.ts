// Per-document settings for the server: VS Code's `palermo.*` configuration (when the client supports
// workspace/configuration) layered under the nearest .palermo.json, exactly as the CLI resolves them.
// An invalid .palermo.json is reported on the file itself, and its last valid contents stay in force.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { DiagnosticSeverity, MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import type { Settings } from '../core/types';
import { findConfigFile, loadConfigFile, parseConfig, resolveSettings, type LoadedConfig } from '../node/config';
import schema from '../../../schemas/palermo.schema.json';

/** The analysis settings an editor may send (the rest of palermo.* configures the client or the server). */
const SETTING_KEYS = new Set(Object.keys(schema.properties).filter(k => k !== '$schema'));

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
  // The last valid .palermo.json contents survive a clear: they are what stays in force while a file is broken.
  clear(): void { this.editor.clear(); }
  /** forget drops what was asked for a closed document (asked again if it is reopened). */
  forget(uri: string): void { this.editor.delete(uri); }

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
    return { settings: resolveSettings(this.checkEditor(editor), this.project(uri)?.settings), editor };
  }

  private lastGoodEditor: Record<string, unknown> = {};
  private readonly warned = new Set<string>();

  /**
   * checkEditor validates the editor's palermo.* analysis settings with the .palermo.json schema: an invalid
   * value ("language": "xx") is reported once, naming the setting and the valid values, and the last valid
   * value stays in force — a typo in the settings never stops the checking.
   */
  private checkEditor(editor: EditorSettings): Partial<Settings> {
    const known = Object.fromEntries(Object.entries(editor).filter(([k, v]) => SETTING_KEYS.has(k) && v !== undefined && v !== null));
    const parsed = parseConfig(JSON.stringify(known), 'the palermo settings');
    for (const p of parsed.problems) {
      const msg = `palermo: ${p.message.replace(/"([\w.-]+)" in the palermo settings/, '"palermo.$1"')} The last valid value stays in force.`;
      if (!this.warned.has(msg)) { this.warned.add(msg); void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: msg }); }
    }
    const valid = parsed.settings as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(known)) {
      if (k in valid) { out[k] = valid[k]; this.lastGoodEditor[k] = valid[k]; } else if (k in this.lastGoodEditor) out[k] = this.lastGoodEditor[k];
    }
    return out as Partial<Settings>;
  }
}
