// Invalid configuration never stops the checking. A broken .palermo.json gets a diagnostic on the file itself
// (code config-invalid, on the offending key) and its last valid contents stay in force; an invalid editor
// setting is reported with a warning and its last valid value stays in force.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidOpenTextDocumentNotification, DidChangeWatchedFilesNotification, DidChangeTextDocumentNotification,
  DiagnosticSeverity, FileChangeType, ShowMessageNotification, MessageType,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';
import { TestClient } from './lsp-client';

const bill = fs.readFileSync(path.join(ROOT, 'examples', 'draft-bill-en.bill'), 'utf8');
const sev = (ds: { code?: unknown; severity?: number }[], code: string) => ds.find(d => d.code === code)?.severity;

describe('configuration errors (server)', function () {
  this.timeout(30000);

  it('.palermo.json: a broken file is flagged on the file and the last valid configuration stays in force', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'palermo-cfg-'));
    const cfg = path.join(dir, '.palermo.json'), file = path.join(dir, 'bill.bill');
    fs.writeFileSync(cfg, '{ "profile": "EU" }\n');
    fs.writeFileSync(file, bill);
    const uri = pathToFileURL(file).href, cfgUri = pathToFileURL(cfg).href;
    const c = new TestClient();
    try {
      await c.initialize();
      await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bill', version: 1, text: bill } });
      assert.equal(sev(await c.diagnostics(uri, 1), 'non-penalization-missing'), DiagnosticSeverity.Error, 'EU profile from .palermo.json');

      // Not JSON any more: a diagnostic on the file, and EU still applies.
      fs.writeFileSync(cfg, '{ "profile": "EU", \n');
      c.clearDiagnostics();
      await c.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: cfgUri, type: FileChangeType.Changed }] });
      const onFile = await c.diagnostics(cfgUri);
      assert.ok(onFile.length >= 1 && onFile.every(d => d.code === 'config-invalid' && d.severity === DiagnosticSeverity.Error));
      await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: bill + '\n' }] });
      assert.equal(sev(await c.diagnostics(uri, 2), 'non-penalization-missing'), DiagnosticSeverity.Error, 'last valid configuration kept');

      // An invalid value: flagged on its own line; the valid keys of the file apply.
      fs.writeFileSync(cfg, '{\n  "profile": "UN-MIN",\n  "billType": "no-such-type"\n}\n');
      c.clearDiagnostics();
      await c.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: cfgUri, type: FileChangeType.Changed }] });
      const bad = await c.diagnostics(cfgUri);
      assert.equal(bad.length, 1);
      assert.equal(bad[0].code, 'config-invalid');
      assert.equal(bad[0].range.start.line, 2, 'on the billType line');
      await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: bill }] });
      assert.equal(sev(await c.diagnostics(uri, 3), 'non-penalization-missing'), DiagnosticSeverity.Warning, 'UN-MIN now applies');
    } finally { await c.shutdown(); }
  });

  it('editor settings: an invalid value is warned about and the checking goes on with the valid ones', async () => {
    const c = new TestClient();
    const warnings: string[] = [];
    c.conn.onNotification(ShowMessageNotification.type, m => { if (m.type === MessageType.Warning) warnings.push(m.message); });
    try {
      await c.initialize({ settings: { language: 'xx', profile: 'EU', rules: { 'no-such-rule': 'error' } } });
      const uri = 'file:///tmp/palermo-settings-test.bill';
      await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bill', version: 1, text: bill } });
      const ds = await c.diagnostics(uri, 1);
      assert.equal(sev(ds, 'non-penalization-missing'), DiagnosticSeverity.Error, 'the valid profile applies');
      assert.ok(!ds.some(d => d.code === 'internal-error'));
      assert.ok(warnings.length >= 2, `one warning per invalid setting: ${JSON.stringify(warnings)}`);
    } finally { await c.shutdown(); }
  });
});
