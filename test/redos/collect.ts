// Gathers every regular expression in the product for the ReDoS test: literals in the server and client
// sources (found with the TypeScript parser), every lexicon pattern on its own (data/lexicons/*: the compiled
// alternations are only as safe as their parts), and every RegExp the product constructs at run time
// (trap.ts, in a child process so module-level constants are caught as they are built).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Pattern { source: string; flags: string; origin: string }

/** Product sources: what ships in dist/ (server, CLI, client). Build scripts and tests are not the product. */
const SOURCE_DIRS = ['server/src', 'client/src'];

export function literalPatterns(root: string): Pattern[] {
  const out: Pattern[] = [];
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) files.push(p);
    }
  };
  for (const d of SOURCE_DIRS) if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
  for (const f of files) {
    const sf = ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const cut = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
        out.push({ source: text.slice(1, cut), flags: text.slice(cut + 1), origin: `${path.relative(root, f)}:${line}` });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Same word boundaries as core/lexicon/compile.ts wrap(): each data pattern is checked as it is compiled. */
const wrap = (s: string) => `(?<![\\p{L}\\p{N}_])(?:${s})(?![\\p{L}\\p{N}_])`;

export function lexiconPatterns(root: string): Pattern[] {
  const out: Pattern[] = [];
  const dir = path.join(root, 'data', 'lexicons');
  for (const lang of fs.readdirSync(dir)) {
    for (const file of fs.readdirSync(path.join(dir, lang)).filter(f => f.endsWith('.json'))) {
      const origin = `data/lexicons/${lang}/${file}`;
      const data = JSON.parse(fs.readFileSync(path.join(dir, lang, file), 'utf8')) as {
        elements?: Record<string, { protocol?: string[]; variants?: string[] }>; phrases?: { re: string }[];
        exclude?: string[]; cues?: Record<string, string[]>;
      };
      const add = (s: string, where: string) => out.push({ source: wrap(s), flags: 'gu', origin: `${origin} ${where}` });
      for (const [k, el] of Object.entries(data.elements ?? {})) for (const s of [...(el.protocol ?? []), ...(el.variants ?? [])]) add(s, k);
      for (const p of data.phrases ?? []) add(p.re, 'phrases');
      for (const s of data.exclude ?? []) add(s, 'exclude');
      for (const [k, list] of Object.entries(data.cues ?? {})) for (const s of list) add(s, `cues.${k}`);
    }
  }
  return out;
}

export function runtimePatterns(root: string): Pattern[] {
  const json = execFileSync(process.execPath, [path.join(root, 'out', 'test', 'redos', 'trap.js'), root], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(json) as Pattern[];
}

/** collect: every pattern once (keyed by flags and source), with the first place it was found. */
export function collect(root: string): Pattern[] {
  const all = new Map<string, Pattern>();
  for (const p of [...literalPatterns(root), ...lexiconPatterns(root), ...runtimePatterns(root)]) {
    const k = key(p);
    if (!all.has(k)) all.set(k, p);
  }
  return [...all.values()];
}

export const key = (p: { source: string; flags: string }) => `/${p.source}/${p.flags}`;
