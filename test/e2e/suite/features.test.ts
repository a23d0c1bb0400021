// Drafting aids through the vscode API in the real extension host: completions (snippets and server
// clauses), outline, definition, folding, the declaration search command and the walkthrough. Features not on
// main yet are pending (test/features.json).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { find, openBill, scenario, until } from './helpers';
import { enabled, type FeatureName } from '../../features';

const EN = scenario('draft-bill-en.bill');
const when = (f: FeatureName) => (enabled(f) ? it : it.skip);

describe('drafting aids', () => {
  let editor: vscode.TextEditor;
  before(async () => { editor = await openBill(EN.file); });

  when('snippets')('offers the clause snippets in completion (vscode.executeCompletionItemProvider)', async () => {
    const doc = editor.document;
    const end = doc.positionAt(doc.getText().length);
    await editor.edit(e => e.insert(end, `\n\n${EN.snippet.prefix.slice(0, 8)}`));
    const at = doc.positionAt(doc.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at);
    const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes(EN.snippet.prefix), labels.slice(0, 20).join(', '));
    const item = list.items.find(i => (typeof i.label === 'string' ? i.label : i.label.label) === EN.snippet.prefix)!;
    assert.equal(item.kind, vscode.CompletionItemKind.Snippet);
  });

  when('completion')('offers the clauses the bill lacks from the server at an empty line', async () => {
    const doc = editor.document;
    const end = doc.positionAt(doc.getText().length);
    await editor.edit(e => e.insert(end, '\n\n'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, doc.positionAt(doc.getText().length));
    assert.ok(list.items.some(i => i.kind !== vscode.CompletionItemKind.Snippet || i.detail?.includes('palermo')), 'server clause items');
  });

  when('symbols')('outlines parts and their sections (vscode.executeDocumentSymbolProvider)', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const part = symbols.find(s => s.range.start.line === find(editor.document, EN.outline.partLine).line);
    assert.ok(part, symbols.map(s => s.name).join(', '));
    assert.ok(part.children.some(c => c.range.start.line === find(editor.document, EN.outline.sectionLine).line));
  });

  when('definition')('goes from "section 3" to section 3 (vscode.executeDefinitionProvider)', async () => {
    const locs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, find(editor.document, 'section 3.', 2));
    assert.ok(locs.length > 0);
    const range = 'targetRange' in locs[0] ? locs[0].targetRange : locs[0].range;
    assert.equal(range.start.line, find(editor.document, '3. Trafficking in persons').line);
  });

  when('folding')('folds parts (vscode.executeFoldingRangeProvider)', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    assert.ok(ranges.some(r => r.start === find(editor.document, 'PART II').line));
  });

  when('search-declaration')('registers "palermo: Search the declaration"', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('palermo.searchDeclaration'));
  });

  when('walkthrough')('opens the walkthrough', async () => {
    const ext = vscode.extensions.getExtension('palermo.palermo')!;
    const w = (ext.packageJSON as { contributes: { walkthroughs: { id: string }[] } }).contributes.walkthroughs[0];
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${ext.id}#${w.id}`, false);
    // Its first step opens the deficient demo bill, which the server checks like any bill.
    if ((await vscode.commands.getCommands(true)).includes('palermo.openDemoBill')) {
      await vscode.commands.executeCommand('palermo.openDemoBill', 1);
      const doc = vscode.window.activeTextEditor?.document;
      assert.equal(doc?.languageId, 'bill');
      await until(doc.uri, ds => ds.length > 0, 'findings on the demo bill');
    }
  });
});
