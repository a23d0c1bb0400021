// Extension activation time without an editor: dist/extension.js is loaded with a stub `vscode` module (every
// API is a no-op object that records nothing), and activate() runs to completion — which includes starting
// the language client, forking dist/server.js over Node IPC and the initialize handshake. An editor adds its
// own overhead around this; the figure is palermo's share of activation.
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import { now } from './lsp.mjs';

/** stub: a callable, constructible, infinitely deep object; `then` is absent so awaiting it does not hang. */
function stub(name = 'vscode') {
  const fn = function () { return stub(`${name}()`); };
  return new Proxy(fn, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === Symbol.iterator) return function* () { /* empty */ };
      if (prop === 'toString' || prop === 'valueOf') return () => name;
      if (prop === 'length') return 0;
      return stub(`${name}.${String(prop)}`);
    },
    apply() { return stub(`${name}()`); },
    construct() { return stub(`new ${name}`); },
    set() { return true; },
  });
}

/**
 * A stub API: a plain object (bundles copy its own keys with __importStar) holding every name the bundle
 * reads from `vscode`, with the few values activate() inspects given real shapes.
 */
function vscodeStub() {
  // Every top-level name of the API, from its type declarations (a minified bundle renames its own variables).
  const dts = fs.readFileSync(createRequire(import.meta.url).resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...dts.matchAll(/^\s{1,4}export (?:namespace|class|enum|const|let|function|interface) (\w+)/gm)].map(m => m[1]));
  const api = Object.fromEntries([...names].map(n => [n, stub(n)]));
  const config = { get: (_k, d) => d, has: () => false, inspect: () => undefined, update: async () => undefined };
  const event = () => ({ dispose() {} });
  const overrides = {
    workspace: new Proxy(stub('workspace'), { get: (t, p) => p === 'getConfiguration' ? () => config : p === 'workspaceFolders' ? [] : p === 'textDocuments' ? [] : p === 'then' ? undefined : String(p).startsWith('onDid') || String(p).startsWith('onWill') ? event : t[p] }),
    window: new Proxy(stub('window'), { get: (t, p) => p === 'visibleTextEditors' ? [] : p === 'then' ? undefined : String(p).startsWith('onDid') ? event : t[p] }),
    version: '1.91.0',
    env: { language: 'en', appName: 'bench', machineId: 'bench', sessionId: 'bench', uriScheme: 'vscode' },
  };
  return Object.assign(api, overrides);
}

export async function measureActivation(extensionJs) {
  const original = Module._load;
  const vscode = vscodeStub();
  Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : original.call(this, request, ...rest); };
  try {
    const context = { subscriptions: [], asAbsolutePath: p => new URL(`../${p}`, `file://${extensionJs}`).pathname, extensionPath: extensionJs.replace(/\/dist\/extension\.js$/, ''), globalState: { get: () => undefined, update: async () => undefined }, workspaceState: { get: () => undefined, update: async () => undefined } };
    const req = Module.createRequire(import.meta.url);
    delete req.cache[extensionJs]; // a second measurement (the packaged build) must load the file again
    let t = now();
    const ext = req(extensionJs);
    const load = now() - t;
    t = now();
    let activated = true, error;
    try {
      await Promise.race([ext.activate(context), new Promise((_, rej) => setTimeout(() => rej(new Error('activate() did not finish in 20 s')), 20000).unref())]);
    } catch (e) { activated = false; error = String(e.message ?? e); }
    const activate = now() - t;
    try { await ext.deactivate?.(); } catch { /* the stub editor cannot stop cleanly; the server exits with us */ }
    return { bundle_load_ms: Math.round(load * 10) / 10, activate_ms: Math.round(activate * 10) / 10, activated, ...(error ? { error } : {}) };
  } finally {
    Module._load = original;
  }
}
