// Memory diagnostics for the benchmarks (bench/memory.mjs --heap): with PALERMO_DEBUG_MEMORY=1 in its
// environment the server answers `palermo/debugMemory` with its V8 heap figures and, when asked, writes a
// heap snapshot. It also lists the documents whose analyses are kept (a protocol test checks that closing
// a document lets its analysis go). Off by default: the product never sets the variable, and nothing is registered without it.

import v8 from 'node:v8';
import type { Connection } from 'vscode-languageserver/node';
import { memoStats } from '../core/cache';

const MB = (n: number) => Math.round(n / 2 ** 20 * 10) / 10;

/** state: what the server keeps (retained: documents whose analyses it holds, see retention.ts; idle collections run). */
export function registerMemoryDebug(connection: Connection, state: () => Record<string, unknown>): void {
  if (process.env.PALERMO_DEBUG_MEMORY !== '1') return;
  connection.onRequest('palermo/debugMemory', (p?: { snapshot?: string }) => {
    const m = process.memoryUsage();
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map(s => [s.space_name.replace(/_space$/, ''), `${MB(s.space_used_size)}/${MB(s.space_size)}`]));
    const snapshot = p?.snapshot ? v8.writeHeapSnapshot(p.snapshot) : undefined;
    return { rss: MB(m.rss), heapTotal: MB(m.heapTotal), heapUsed: MB(m.heapUsed), external: MB(m.external), arrayBuffers: MB(m.arrayBuffers), spaces, ...state(), memos: memoStats().filter(x => x.entries), snapshot };
  });
}
