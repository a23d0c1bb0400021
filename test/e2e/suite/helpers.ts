// Helpers for the extension-host suites: the workspace bills, waiting for diagnostics, scenario data.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import scenarios from '../scenarios.json';
import declaration from '../../../data/declaration.json';

/** The full shape: the English bill's scenario has every field (others omit some). */
export type Scenario = Extract<(typeof scenarios.bills)[number], { snippet: unknown }>;
export const scenario = (file: string): Scenario => scenarios.bills.find(b => b.file === file)! as Scenario;

/** opening: the first words of a declaration paragraph, enough to know a hover quotes it. */
export const opening = (id: string) => declaration.paragraphs.find(p => p.id === id)!.text.split(/\s+/).slice(0, 6).join(' ');

export function billUri(file: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the e2e workspace folder open');
  return vscode.Uri.joinPath(folder.uri, file);
}

export async function openBill(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(billUri(file));
  assert.equal(doc.languageId, 'bill', 'the extension contributes the bill language for .bill files');
  return vscode.window.showTextDocument(doc);
}

/** codeOf: palermo diagnostics carry their rule code with a link to its documentation. */
export const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

export const palermoDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'palermo');

/** until polls a condition on the diagnostics of a document (they arrive asynchronously from the server). */
export async function until(uri: vscode.Uri, pred: (ds: vscode.Diagnostic[]) => boolean, what: string, ms = 30_000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const ds = palermoDiagnostics(uri);
    if (pred(ds)) return ds;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; have ${ds.map(codeOf).join(', ')}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

export function find(doc: vscode.TextDocument, text: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(text);
  assert.ok(i >= 0, `"${text}" not in ${doc.uri.path}`);
  return doc.positionAt(i + delta);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
}
