// A minimal LSP client for tests: spawns the built server over stdio and speaks JSON-RPC as an editor does.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  PublishDiagnosticsNotification, ShutdownRequest, ExitNotification, type ProtocolConnection, type Diagnostic,
  type PublishDiagnosticsParams, type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';

export const SERVER = path.join(ROOT, 'dist', 'server.js');

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: ProtocolConnection;
  private readonly diags = new Map<string, PublishDiagnosticsParams>();
  private waiters: (() => void)[] = [];
  stderr = '';
  init?: InitializeResult;

  /**
   * env: extra environment variables for the server (e.g. PALERMO_DEBUG_MEMORY=1 for its memory request);
   * execArgv: Node flags (SERVER_EXEC_ARGV: those the VS Code client starts it with).
   */
  constructor(args: string[] = ['--stdio'], env: Record<string, string> = {}, execArgv: string[] = []) {
    this.proc = spawn(process.execPath, [...execArgv, SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    this.proc.stderr!.on('data', d => { this.stderr += d; });
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification(PublishDiagnosticsNotification.type, p => {
      this.diags.set(p.uri, p);
      const w = this.waiters; this.waiters = []; w.forEach(f => f());
    });
    this.conn.listen();
  }

  async initialize(initializationOptions?: unknown, capabilities: Record<string, unknown> = {}): Promise<InitializeResult> {
    this.init = await this.conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null, initializationOptions });
    await this.conn.sendNotification(InitializedNotification.type, {});
    return this.init;
  }

  /** diagnostics waits for a publish for uri (optionally for a given document version). */
  async diagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const d = this.diags.get(uri);
      if (d && (version === undefined || d.version === version)) return d.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} v${version}; stderr: ${this.stderr}`);
      await new Promise<void>(res => { this.waiters.push(res); setTimeout(res, 50); });
    }
  }

  clearDiagnostics(): void { this.diags.clear(); }

  async shutdown(): Promise<number | null> {
    await this.conn.sendRequest(ShutdownRequest.type);
    const exited = new Promise<number | null>(res => this.proc.once('exit', code => res(code)));
    await this.conn.sendNotification(ExitNotification.type);
    const code = await exited;
    this.conn.dispose();
    return code;
  }
}
