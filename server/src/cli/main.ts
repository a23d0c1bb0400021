// palermo — the reviewers' command line: the same analysis as the editor, over many files, as text, JSON or SARIF.
// Exit codes: 0 no error-severity finding; 1 at least one; 2 bad usage or unreadable input.

import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { glob } from 'tinyglobby';
import { RULES, severityOf } from '../core/rules/registry';
import { mergeSettings, PROFILES, BILL_TYPES } from '../core/config/settings';
import { paragraph, quote, declaration } from '../core/declaration';
import type { Settings } from '../core/types';
import { findConfigFile, loadConfigFile, resolveSettings, type LoadedConfig } from '../node/config';
import { readBill } from '../node/readInput';
import { REPORT_VERSION, summarise, type Report, type ReportFile } from './report';
import { formatText } from './format-text';
import { formatSarif } from './format-sarif';
import { fixFile } from './fix';
import { defaultJobs, runJobs, type Job } from './jobs';
import { version } from '../../../package.json';

interface CheckOptions {
  format: 'text' | 'json' | 'sarif';
  output?: string;
  profile?: Settings['profile'];
  billType?: Settings['billType'];
  language?: Settings['language'];
  config?: string;
  projectConfig: boolean;
  color?: boolean;
  jobs?: string;
  assumeGeneralPart?: boolean;
}

// The options that resolve settings are shared by every command that analyses, so `check` and `fix` read
// a bill under the same configuration (commander options are single-use objects, hence the factories).
const PROFILE = () => new Option('--profile <profile>', 'standard to check against').choices([...PROFILES]);
const BILL_TYPE = () => new Option('--bill-type <type>', 'kind of bill').choices([...BILL_TYPES]);
const LANGUAGE = () => new Option('--language <lang>', 'language of the bills').choices(['auto', 'en', 'fr', 'es', 'pt']);
const CONFIG = () => new Option('-c, --config <file>', 'use this .palermo.json instead of the nearest one');
const NO_PROJECT_CONFIG = () => new Option('--no-project-config', 'ignore .palermo.json files');
const GENERAL_PART = () => new Option('--assume-general-part', 'attempt, complicity, corporate liability, jurisdiction and confiscation may be in the general part of the penal code: report them as info');

export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const program = new Command('palermo')
    .description('Check anti-trafficking bills against A/RES/72/1 and the Trafficking in Persons Protocol.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: s => io.stdout.write(s), writeErr: s => io.stderr.write(s) });
  let code = 0;
  program.command('check')
    .description('analyse bills (.txt, .md, .bill, Akoma Ntoso .xml/.akn, .docx) and report findings')
    .argument('<files...>', 'files, directories or glob patterns')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'sarif']).default('text'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(PROFILE()).addOption(BILL_TYPE()).addOption(LANGUAGE()).addOption(CONFIG()).addOption(NO_PROJECT_CONFIG()).addOption(GENERAL_PART())
    .option('--color', 'force colours').option('--no-color', 'disable colours')
    .option('-j, --jobs <n>', 'files analysed in parallel (worker threads); default: one per core when there are 4 MB or more of bills', 'auto')
    .action(async (files: string[], opts: CheckOptions) => { code = await check(files, opts, io); });
  program.command('fix')
    .description('apply quick fixes: add missing elements to the bill\'s enumeration and insert the model clause for each missing provision as a new section, numbered in the bill\'s style')
    .argument('<files...>', 'bill files (.txt, .md, .bill, .xml/.akn)')
    .option('-w, --write', 'rewrite the files in place (default: print the fixed text)')
    .option('--code <codes>', 'only fix these rule codes (comma-separated)')
    .option('--diff', 'print what the fixes change, as a unified diff')
    .addOption(PROFILE()).addOption(BILL_TYPE()).addOption(LANGUAGE()).addOption(CONFIG()).addOption(NO_PROJECT_CONFIG()).addOption(GENERAL_PART())
    .action(async (files: string[], opts: CheckOptions & { write?: boolean; code?: string; diff?: boolean }) => { code = await fix(files, opts, io); });
  program.command('rules')
    .description('list the rules with their codes, severities and declaration paragraphs')
    .addOption(new Option('-f, --format <format>').choices(['text', 'json']).default('text'))
    .action((opts: { format: string }) => { io.stdout.write(listRules(opts.format)); });
  program.command('declaration')
    .description('print a paragraph of A/RES/72/1 (or list them all)')
    .argument('[para]', 'paragraph number, e.g. 7 or 11(a)')
    .action((para?: string) => {
      if (!para) { io.stdout.write(declaration.paragraphs.map(p => `${p.id.padEnd(6)} ${p.subject}`).join('\n') + '\n'); return; }
      if (!paragraph(para)) { io.stderr.write(`palermo: no paragraph "${para}" in A/RES/72/1 (1–26, 11(a), 11(b))\n`); code = 2; return; }
      io.stdout.write(quote(para).replace(/^> ?/gm, '') + '\n');
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

async function check(patterns: string[], opts: CheckOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  const overrides: Partial<Settings> = { profile: opts.profile, billType: opts.billType, language: opts.language, ...(opts.assumeGeneralPart ? { assumeGeneralPart: true } : {}) };
  const explicit: LoadedConfig | undefined = opts.config ? loadConfigFile(path.resolve(opts.config)) : undefined;
  const errors: Report['errors'] = [];
  if (explicit && explicit.problems.length) for (const p of explicit.problems) io.stderr.write(`palermo: ${p.message}\n`);
  if (opts.config && explicit?.problems.some(p => !p.key)) return 2;
  const files = await expand(patterns, errors);
  const configs = new Map<string, LoadedConfig | undefined>();
  const reported = new Set<string>();
  const out: ReportFile[] = [];
  const jobs: Job[] = [];
  for (const file of files) {
    const rel = path.relative(process.cwd(), file) || file;
    let project = explicit;
    if (!project && opts.projectConfig) {
      const cf = findConfigFile(path.dirname(file));
      if (cf && !configs.has(cf)) configs.set(cf, loadConfigFile(cf));
      project = cf ? configs.get(cf) : undefined;
      if (project && !reported.has(project.file!)) {
        reported.add(project.file!);
        for (const p of project.problems) io.stderr.write(`palermo: ${p.message}\n`);
      }
    }
    jobs.push({ index: jobs.length, file, rel, settings: resolveSettings(undefined, project?.settings, overrides) });
  }
  const bytes = () => jobs.reduce((n, j) => { try { return n + fs.statSync(j.file).size; } catch { return n; } }, 0);
  const threads = opts.jobs === undefined || opts.jobs === 'auto' ? defaultJobs(jobs.length, bytes()) : Math.max(1, parseInt(opts.jobs, 10) || 1);
  // Progress on a terminal only: a report piped to a file or another program must stay clean.
  const tty = (io.stderr as NodeJS.WriteStream).isTTY === true && jobs.length > 1;
  const progress = tty ? (done: number, total: number, rel: string) => io.stderr.write(`\r\x1b[Kpalermo: ${done}/${total} ${rel.slice(-60)}`) : undefined;
  for (const r of await runJobs(jobs, threads, progress)) {
    if (r.ok) out.push(r.report); else errors.push({ path: jobs[r.index].rel, message: r.reason });
  }
  if (tty) io.stderr.write('\r\x1b[K');
  const report: Report = { version: REPORT_VERSION, tool: { name: 'palermo', version }, files: out, errors, summary: summarise(out, errors) };
  const useColor = opts.color ?? (!opts.output && (io.stdout as NodeJS.WriteStream).isTTY === true && !process.env.NO_COLOR);
  const body = opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : opts.format === 'sarif' ? formatSarif(report) : formatText(report, useColor);
  if (opts.output) {
    try { fs.mkdirSync(path.dirname(path.resolve(opts.output)), { recursive: true }); fs.writeFileSync(opts.output, body); }
    catch (e) { io.stderr.write(`palermo: cannot write ${opts.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`); return 2; }
  } else io.stdout.write(body);
  for (const e of errors) if (opts.format !== 'text' || opts.output) io.stderr.write(`palermo: ${e.path}: ${e.message}\n`);
  if (errors.length) return 2;
  return report.summary.errors > 0 ? 1 : 0;
}

async function fix(files: string[], opts: CheckOptions & { write?: boolean; code?: string; diff?: boolean }, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  const overrides: Partial<Settings> = { profile: opts.profile, billType: opts.billType, language: opts.language, ...(opts.assumeGeneralPart ? { assumeGeneralPart: true } : {}) };
  const explicit = opts.config ? loadConfigFile(path.resolve(opts.config)) : undefined;
  const codes = opts.code?.split(',').map(c => c.trim()).filter(Boolean);
  const unknown = codes?.filter(c => !RULES.some(r => r.meta.code === c)) ?? [];
  if (unknown.length) { io.stderr.write(`palermo: unknown rule code ${unknown.join(', ')} (see palermo rules)\n`); return 2; }
  if (!opts.write && files.length > 1) { io.stderr.write('palermo: fix prints one fixed bill; give one file, or --write to fix several in place\n'); return 2; }
  let rc = 0;
  for (const f of files) {
    const read = await readBill(f);
    if (!read.ok) { io.stderr.write(`palermo: ${f}: ${read.reason}\n`); rc = 2; continue; }
    if (read.source === 'docx') { io.stderr.write(`palermo: ${f}: cannot write back to .docx; save the bill as text or Markdown to fix it\n`); rc = 2; continue; }
    const cf = explicit ?? (opts.projectConfig ? (p => p ? loadConfigFile(p) : undefined)(findConfigFile(path.dirname(path.resolve(f)))) : undefined);
    const settings = resolveSettings(undefined, cf?.settings, overrides);
    const r = fixFile(path.resolve(f), read.text, read.format, { write: !!opts.write, diff: !!opts.diff, codes, settings });
    io.stdout.write(r.out);
    io.stderr.write(r.log);
  }
  return rc;
}

/** expand turns arguments into files: a file as given, a directory recursively (bill formats only), a glob. */
async function expand(patterns: string[], errors: Report['errors']): Promise<string[]> {
  const out: string[] = [];
  for (const p of patterns) {
    let st: fs.Stats | undefined;
    try { st = fs.statSync(p); } catch { st = undefined; }
    if (st?.isFile()) { out.push(path.resolve(p)); continue; }
    if (st?.isDirectory()) {
      const found = await glob('**/*.{txt,md,markdown,bill,xml,akn,docx}', { cwd: p, absolute: true, ignore: ['**/node_modules/**'] });
      out.push(...found.sort());
      continue;
    }
    if (/[*?[\]{}]/.test(p)) {
      const found = await glob(p, { absolute: true, onlyFiles: true });
      if (!found.length) errors.push({ path: p, message: 'no files match this pattern' });
      out.push(...found.sort());
      continue;
    }
    errors.push({ path: p, message: 'no such file' });
  }
  return [...new Set(out)];
}

function listRules(format: string): string {
  const s = mergeSettings();
  if (format === 'json') return JSON.stringify(RULES.map(r => ({ ...r.meta, defaultSeverity: severityOf(r.meta, s) })), null, 2) + '\n';
  return RULES.map(r => `${r.meta.code.padEnd(38)} ${r.meta.severity.padEnd(8)} para ${r.meta.paragraphs.join(', ').padEnd(8)} ${r.meta.title}`).join('\n') + '\n';
}
