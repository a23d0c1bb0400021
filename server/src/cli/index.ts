import { isMainThread } from 'node:worker_threads';
import { main } from './main';

// A worker thread of `check --jobs` runs this bundle too; it serves jobs (cli/jobs.ts) instead.
if (isMainThread) main(process.argv.slice(2)).then(code => { process.exitCode = code; }, err => {
  process.stderr.write(`palermo: internal error: ${(err as Error).stack ?? err}\n`);
  process.exitCode = 2;
});
