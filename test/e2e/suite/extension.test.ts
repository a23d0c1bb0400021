// The extension inside the real VS Code extension host: activation, diagnostics, hovers, quick fixes through
// the vscode API (vscode.languages.getDiagnostics, vscode.executeHoverProvider, executeCodeActionProvider,
// workspace.applyEdit), its commands and contributed defaults.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { billUri, codeOf, find, hoverText, opening, openBill, palermoDiagnostics, scenario, until } from './helpers';
import { enabled } from '../../features';
import type { LanguageClient } from 'vscode-languageclient/node';

const EN = scenario('draft-bill-en.bill');
const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint,
};

describe('palermo extension', () => {
  it('activates and starts the language server', async () => {
    const ext = vscode.extensions.getExtension('palermo.palermo');
    assert.ok(ext, 'palermo.palermo is loaded');
    await openBill(EN.file);
    const api = await ext.activate() as { client: () => { isRunning(): boolean } | undefined };
    await until(billUri(EN.file), ds => ds.length > 0, 'first diagnostics');
    assert.ok(api.client()?.isRunning());
  });

  it('publishes the expected diagnostics (vscode.languages.getDiagnostics)', async () => {
    const ds = await until(billUri(EN.file), x => EN.expect.every(e => x.some(d => codeOf(d) === e.code)), 'the expected codes');
    for (const e of EN.expect) {
      const d = ds.find(x => codeOf(x) === e.code)!;
      assert.equal(d.severity, SEVERITY[e.severity], e.code);
      if ('line' in e && e.line) assert.equal(d.range.start.line, e.line - 1, e.code);
      assert.ok(typeof d.code === 'object' && d.code.target.path.endsWith(`/docs/rules/${e.code}.md`), 'code links to the rule docs');
    }
  });

  it('hovers an element term and a finding with the declaration quoted (vscode.executeHoverProvider)', async () => {
    const editor = await openBill(EN.file);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, find(editor.document, EN.hover.find, 1));
    const text = hoverText(hovers);
    assert.ok(text.includes(EN.hover.cite) && text.includes(opening(EN.hover.paragraph)), text.slice(0, 300));
    const d = palermoDiagnostics(editor.document.uri).find(x => codeOf(x) === EN.findingHover.code)!;
    const onFinding = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, d.range.start));
    assert.ok(onFinding.includes(EN.findingHover.cite) && onFinding.includes(opening(EN.findingHover.paragraph)), onFinding.slice(0, 300));
  });

  for (const key of ['fix', 'clauseFix'] as const) {
    const spec = EN[key] as { code: string; feature: 'quickfix-element' | 'quickfix-clause' };
    (enabled(spec.feature) ? it : it.skip)(`applies the quick fix for ${spec.code} (executeCodeActionProvider + applyEdit)`, async () => {
      const uri = billUri(EN.file);
      const d = (await until(uri, ds => ds.some(x => codeOf(x) === spec.code), spec.code)).find(x => codeOf(x) === spec.code)!;
      // VS Code lists the actions for every diagnostic under the range but drops their `diagnostics` in this
      // API; which one fixes *this* finding is asked from the server with the finding as the sole context.
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const client = (vscode.extensions.getExtension('palermo.palermo')!.exports as { client: () => LanguageClient }).client();
      // (by method name: a type object from this bundle's own copy of vscode-jsonrpc is not the client's)
      const own = await client.sendRequest('textDocument/codeAction', {
        textDocument: { uri: uri.toString() }, range: client.code2ProtocolConverter.asRange(d.range),
        context: { diagnostics: [await client.code2ProtocolConverter.asDiagnostic(d)] },
      }) as { title: string }[];
      const action = actions.find(a => a.edit && own.some(o => o.title === a.title));
      assert.ok(action, JSON.stringify({ vscode: actions.map(a => a.title).slice(0, 5), server: own.map(o => o.title) }));
      const before = (await vscode.workspace.openTextDocument(uri)).getText();
      assert.ok(await vscode.workspace.applyEdit(action.edit!));
      assert.notEqual((await vscode.workspace.openTextDocument(uri)).getText(), before);
      await until(uri, ds => ds.length > 0 && !ds.some(x => codeOf(x) === spec.code), `${spec.code} to go`);
    });
  }

  it('applies a changed palermo.rules setting at once (the dynamically registered didChangeConfiguration)', async () => {
    const uri = billUri(EN.file);
    const code = EN.setting.absent;
    await until(uri, ds => ds.some(x => codeOf(x) === code), `${code} before the change`);
    const cfg = vscode.workspace.getConfiguration('palermo');
    await cfg.update('rules', EN.setting.palermo.rules, vscode.ConfigurationTarget.Global);
    try {
      await until(uri, ds => ds.length > 0 && !ds.some(x => codeOf(x) === code), `${code} to be switched off`);
    } finally {
      await cfg.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    await until(uri, ds => ds.some(x => codeOf(x) === code), `${code} back after the reset`);
  });

  it('contributes the bill defaults ([bill] ambiguous-character highlighting off)', () => {
    const cfg = vscode.workspace.getConfiguration('editor', { languageId: 'bill' });
    assert.equal(cfg.get('unicodeHighlight.ambiguousCharacters'), false);
  });

  it('registers its commands, restarts the server by command and is checked again', async () => {
    const all = await vscode.commands.getCommands(true);
    const pkg = vscode.extensions.getExtension('palermo.palermo')!.packageJSON as { contributes: { commands: { command: string }[] } };
    for (const c of pkg.contributes.commands) assert.ok(all.includes(c.command), c.command);
    await vscode.commands.executeCommand('palermo.restartServer');
    const uri = billUri(scenario('projet-de-loi-fr.bill').file);
    await vscode.workspace.openTextDocument(uri);
    await until(uri, ds => ds.length > 0, 'diagnostics after the restart');
  });

  it('restarts the server after it is killed (SIGKILL), re-checks the open bill and says so in the status item', async () => {
    type Info = { pid?: number; running: boolean; state: string; text: string; detail: string };
    const info = () => vscode.commands.executeCommand<Info>('palermo.serverInfo');
    const uri = (await openBill(EN.file)).document.uri;
    await until(uri, ds => ds.length > 0, 'diagnostics before the kill');
    const before = await info();
    assert.ok(before.pid && before.running, JSON.stringify(before));
    // Every change of the bill's diagnostics from now on: the client drops them when the connection closes,
    // so a non-empty set after an empty one can only come from the restarted server.
    const seen: number[] = [];
    const sub = vscode.languages.onDidChangeDiagnostics(e => {
      if (e.uris.some(u => u.toString() === uri.toString())) seen.push(palermoDiagnostics(uri).length);
    });
    try {
      process.kill(before.pid, 'SIGKILL');
      let after = before;
      for (const deadline = Date.now() + 30_000; !(after.running && after.pid && after.pid !== before.pid && after.state === 'restarted'); ) {
        assert.ok(Date.now() < deadline, `no restart within 30 s: ${JSON.stringify(after)}`);
        await new Promise(r => setTimeout(r, 100));
        after = await info();
      }
      assert.ok(after.text.includes('restarted'), after.text);
      assert.ok(after.detail.includes('restarted after a crash'), after.detail);
      assert.throws(() => process.kill(before.pid!, 0), 'the old server is gone');
      await until(uri, ds => ds.length > 0, 'diagnostics from the restarted server');
      const deadline = Date.now() + 30_000;
      while (!(seen.indexOf(0) >= 0 && seen.slice(seen.indexOf(0)).some(n => n > 0))) {
        assert.ok(Date.now() < deadline, `diagnostics not republished: ${JSON.stringify(seen)}`);
        await new Promise(r => setTimeout(r, 100));
      }
    } finally { sub.dispose(); }
  });

  it('opens rule documentation without checking it as a bill', async () => {
    await vscode.commands.executeCommand('palermo.openRuleDocs', 'act-transfer-missing');
    const docs = vscode.Uri.joinPath(vscode.extensions.getExtension('palermo.palermo')!.extensionUri, 'docs', 'rules', 'act-transfer-missing.md');
    const doc = await vscode.workspace.openTextDocument(docs);
    await vscode.window.showTextDocument(doc);
    // The bill is re-checked meanwhile (an edit), so the server is alive and has seen the page.
    const bill = await openBill(EN.file);
    await bill.edit(e => e.insert(new vscode.Position(0, 0), ' '));
    await until(bill.document.uri, ds => ds.length > 0, 'bill diagnostics');
    await new Promise(r => setTimeout(r, 1000));
    assert.deepEqual(palermoDiagnostics(docs).map(codeOf), []);
  });
});
