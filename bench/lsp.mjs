// Drives the built language server over stdio as an editor does (like ../shared/tools/lsp-probe.mjs), for
// the benchmarks: open → diagnostics, keystroke edits → diagnostics, hover, completion, memory.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

export const now = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * The Node flags the VS Code client starts the server with (client/src/serverFlags.json: --expose-gc for the
 * server's idle collection, a smaller young generation): the benchmarks launch it the same way.
 */
export const SERVER_EXEC_ARGV = JSON.parse(fs.readFileSync(new URL('../client/src/serverFlags.json', import.meta.url), 'utf8')).execArgv;

export class Server {
  constructor(serverJs) {
    this.proc = spawn(process.execPath, [...SERVER_EXEC_ARGV, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.proc.stderr.on('data', d => { this.stderr += d; });
    this.conn = rpc.createMessageConnection(new rpc.StreamMessageReader(this.proc.stdout), new rpc.StreamMessageWriter(this.proc.stdin));
    this.waiters = new Map(); // uri -> [{ version, resolve }]
    this.conn.onNotification('textDocument/publishDiagnostics', p => {
      const ws = this.waiters.get(p.uri) ?? [];
      this.waiters.set(p.uri, ws.filter(w => { if (w.version === undefined || w.version === p.version) { w.resolve(p); return false; } return true; }));
    });
    this.conn.onRequest('workspace/configuration', p => p.items.map(() => null));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification(() => {});
    this.conn.listen();
  }

  /** initialize: debounce 0, so edit → diagnostics measures the analysis and the protocol, not the typing pause. */
  async initialize() {
    const t = now();
    const init = await this.conn.sendRequest('initialize', {
      processId: process.pid, rootUri: null, workspaceFolders: null,
      capabilities: { textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true }, completion: { completionItem: { snippetSupport: true } } } },
      initializationOptions: { settings: { debounceMs: 0 } },
    });
    this.conn.sendNotification('initialized', {});
    this.capabilities = init.capabilities;
    return now() - t;
  }

  diagnostics(uri, version, ms = 120000) {
    return new Promise((resolve, reject) => {
      const ws = this.waiters.get(uri) ?? [];
      ws.push({ version, resolve });
      this.waiters.set(uri, ws);
      setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${ms} ms; ${this.stderr.slice(-500)}`)), ms).unref();
    });
  }

  async open(uri, text, languageId = 'bill') {
    const t = now();
    const p = this.diagnostics(uri, 1);
    this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    await p;
    return now() - t;
  }

  async edit(uri, version, position, insert) {
    const t = now();
    const p = this.diagnostics(uri, version);
    this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text: insert }] });
    await p;
    return now() - t;
  }

  async request(method, params) {
    const t = now();
    const r = await this.conn.sendRequest(method, params);
    return { ms: now() - t, result: r };
  }

  /** rssMB: resident set size of the server process (Linux /proc). */
  rssMB() {
    const s = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? NaN);
    return kb / 1024;
  }

  async stop() {
    try { await this.conn.sendRequest('shutdown'); this.conn.sendNotification('exit'); } catch { /* already gone */ }
    await new Promise(r => { if (this.proc.exitCode !== null) r(); else { this.proc.once('exit', r); setTimeout(() => { this.proc.kill(); r(); }, 2000).unref(); } });
    this.conn.dispose();
  }
}

/** positionOf: LSP position of the first occurrence of needle at or after `from`. */
export function positionOf(text, needle, from = 0) {
  const i = text.indexOf(needle, from);
  if (i < 0) return undefined;
  const before = text.slice(0, i);
  const line = before.split('\n').length - 1;
  return { line, character: i - (before.lastIndexOf('\n') + 1) };
}
