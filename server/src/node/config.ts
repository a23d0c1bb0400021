// Project configuration (.palermo.json), shared by the language server and the CLI so both resolve settings
// the same way: defaults < editor settings < .palermo.json < command-line flags.

import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import schema from '../../../schemas/palermo.schema.json';
import { mergeSettings } from '../core/config/settings';
import type { Settings } from '../core/types';

export const CONFIG_FILE = '.palermo.json';

export interface ConfigProblem {
  file: string;
  /** JSON pointer-ish key path: "profile", "rules.missing-x". */
  key: string;
  message: string;
  /** Where in the file (0-based line/character), when known. */
  line?: number;
  character?: number;
}

export interface LoadedConfig { file?: string; settings: Partial<Settings>; problems: ConfigProblem[] }

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** findConfigFile walks up from a directory to the first .palermo.json (or undefined). */
export function findConfigFile(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    const f = path.join(d, CONFIG_FILE);
    if (fs.existsSync(f)) return f;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/**
 * parseConfig validates the text of a .palermo.json. Invalid keys are reported (file, key, fix) and left
 * out, so the rest of the file still applies; a file that is not JSON at all yields no settings.
 */
export function parseConfig(text: string, file: string): LoadedConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? lineCol(text, +pos[1]) : {};
    return { file, settings: {}, problems: [{ file, key: '', message: `${file} is not valid JSON (${msg}). Fix the syntax; until then the last valid configuration stays in force.`, ...at }] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { file, settings: {}, problems: [{ file, key: '', message: `${file} must contain a JSON object such as {"profile": "UN-REC"}.` }] };
  }
  const obj = { ...(data as Record<string, unknown>) };
  const problems: ConfigProblem[] = [];
  if (!validate(obj)) {
    for (const err of validate.errors ?? []) {
      const segs = err.instancePath.split('/').filter(Boolean);
      if (err.keyword === 'additionalProperties') segs.push(String((err.params as { additionalProperty: string }).additionalProperty));
      if (err.keyword === 'propertyNames') segs.push(String((err.params as { propertyName: string }).propertyName));
      const key = segs.join('.');
      problems.push({ file, key, message: describeError(file, key, err.keyword, err.params as Record<string, unknown>, err.message ?? ''), ...locate(text, segs) });
      dropKey(obj, segs);
    }
  }
  delete obj.$schema;
  return { file, settings: obj as Partial<Settings>, problems };
}

export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try { text = fs.readFileSync(file, 'utf8'); } catch (e) {
    return { file, settings: {}, problems: [{ file, key: '', message: `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }] };
  }
  return parseConfig(text, file);
}

/** resolveSettings applies the layers in the one order both front-ends use. */
export function resolveSettings(editor: Partial<Settings> | undefined, project: Partial<Settings> | undefined, overrides?: Partial<Settings>): Settings {
  return mergeSettings(editor, project, overrides);
}

function describeError(file: string, key: string, keyword: string, params: Record<string, unknown>, msg: string): string {
  const where = key ? `"${key}" in ${file}` : file;
  switch (keyword) {
    case 'additionalProperties': return `Unknown setting ${where}. Remove it, or check its spelling against the schema (profile, billType, language, assumeGeneralPart, rules, trainingMode).`;
    case 'propertyNames': return `Unknown rule code ${where}. Run "palermo rules" for the list of codes.`;
    case 'enum': return `Invalid value for ${where}: use one of ${(params.allowedValues as string[]).map(v => JSON.stringify(v)).join(', ')}.`;
    case 'type': return `Invalid value for ${where}: expected ${params.type}.`;
    default: return `Invalid ${where}: ${msg}.`;
  }
}

function dropKey(obj: Record<string, unknown>, segs: string[]): void {
  let o: Record<string, unknown> = obj;
  for (let i = 0; i < segs.length - 1; i++) {
    const next = o[segs[i]];
    if (!next || typeof next !== 'object') return;
    o = next as Record<string, unknown>;
  }
  if (segs.length) delete o[segs[segs.length - 1]];
}

function lineCol(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** locate finds the line of a key path in the raw JSON text (good enough to put a squiggle on it). */
function locate(text: string, segs: string[]): { line?: number; character?: number } {
  let from = 0;
  for (const s of segs) {
    const i = text.indexOf(JSON.stringify(s), from);
    if (i < 0) return {};
    from = i;
  }
  return segs.length ? lineCol(text, from) : {};
}
