// Checking many bills in parallel: each file is read and analysed in a worker thread (the analysis is
// synchronous and CPU-bound, so threads are what makes a collection of laws go faster on several cores).
// The workers run this same bundle: a worker thread serves jobs instead of running the command line.

import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze } from '../core/analysis';
import type { Settings } from '../core/types';
import { readBill } from '../node/readInput';
import { fileReport, type ReportFile } from './report';

export interface Job { index: number; file: string; rel: string; settings: Settings }
export type JobResult = { index: number; ok: true; report: ReportFile } | { index: number; ok: false; reason: string };

/** runJob reads and analyses one file (in whichever thread calls it). */
export async function runJob(job: Job): Promise<JobResult> {
  const read = await readBill(job.file);
  if (!read.ok) return { index: job.index, ok: false, reason: read.reason };
  // Each file is analysed once: nothing is kept for a next version of it.
  const a = analyze(read.text, { format: read.format, settings: job.settings, uri: job.rel, incremental: false });
  return { index: job.index, ok: true, report: fileReport(job.rel, a, read.source === 'docx' ? 'docx' : undefined) };
}

/**
 * defaultJobs: threads pay off only when there is enough text to analyse — each worker spends a few hundred
 * milliseconds loading and warming up the analyser, about what 4 MB of bills cost in one thread.
 */
export function defaultJobs(files: number, bytes: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return files >= 2 && bytes >= 4 * 1024 * 1024 ? Math.max(1, Math.min(cores, 8, files)) : 1;
}

/**
 * runJobs analyses every job with `threads` workers (1: in this thread) and returns the results in job
 * order; `progress` is called after each file.
 */
export async function runJobs(jobs: Job[], threads: number, progress?: (done: number, total: number, rel: string) => void): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  let done = 0;
  const finish = (r: JobResult) => { results[r.index] = r; done++; progress?.(done, jobs.length, jobs[r.index].rel); };
  if (threads <= 1 || jobs.length <= 1) {
    for (const j of jobs) finish(await runJob(j));
    return results;
  }
  let next = 0;
  const worker = () => new Promise<void>((resolve, reject) => {
    const w = new Worker(__filename, { workerData: { palermoJobs: true } });
    const feed = () => { if (next < jobs.length) w.postMessage(jobs[next++]); else void w.terminate().then(() => resolve()); };
    w.on('message', (r: JobResult) => { finish(r); feed(); });
    w.on('error', reject);
    w.on('online', feed);
  });
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, worker));
  return results;
}

// In a worker started by runJobs: serve jobs until terminated.
if (!isMainThread && (workerData as { palermoJobs?: boolean } | undefined)?.palermoJobs && parentPort) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    runJob(job).then(r => port.postMessage(r), e => port.postMessage({ index: job.index, ok: false, reason: `internal error: ${(e as Error).message}` }));
  });
}
