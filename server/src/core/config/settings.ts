import type { BillType, Lang, Profile, Settings, SeveritySetting } from '../types';

export const PROFILES: readonly Profile[] = ['UN-MIN', 'UN-REC', 'COE', 'EU', 'ASEAN'];
export const BILL_TYPES: readonly BillType[] = ['comprehensive', 'penal-amendment', 'victim-protection'];
export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  profile: 'UN-REC',
  billType: 'comprehensive',
  language: 'auto',
  assumeGeneralPart: false,
  rules: {},
  trainingMode: false,
});

/**
 * mergeSettings layers partial settings over the defaults; later layers win key by key, and per-rule
 * severities merge rule by rule. The editor and the CLI both call this with the same layers
 * (defaults < editor or command-line options < .palermo.json), so they resolve configuration identically.
 */
export function mergeSettings(...layers: (Partial<Settings> | undefined)[]): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  for (const l of layers) {
    if (!l) continue;
    for (const [k, v] of Object.entries(l) as [keyof Settings, unknown][]) {
      if (v === undefined) continue;
      if (k === 'rules') Object.assign(out.rules, v as Record<string, SeveritySetting>);
      else (out as unknown as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

export function isLang(s: unknown): s is Lang { return s === 'en' || s === 'fr' || s === 'es' || s === 'pt'; }
