// Drafting-aid commands: search the declaration (fuzzy quick pick → insert a citation or open the
// paragraph), open a paragraph, open the walkthrough's demo bill, toggle training mode, and list the
// definition's gaps (the CodeLens command). The declaration data and search are the server's pure core.

import * as vscode from 'vscode';
import { cite, paragraph, declaration } from '../../server/src/core/declaration';
import { searchDeclaration } from '../../server/src/core/declaration/search';
import { articleIdOfRef, renderArticle } from '../../server/src/core/declaration/protocol';

const SCHEME = 'palermo-declaration';

/** The text of a paragraph as a read-only Markdown document: palermo-declaration:/para-8.md */
class DeclarationDocs implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const id = name.startsWith('para-') && name.endsWith('.md') ? name.slice(5, -3) : '';
    const p = paragraph(decodeURIComponent(id));
    if (!p) return `# No paragraph ${id} in ${declaration.symbol}`;
    const prot = p.protocol.map(r => { const a = articleIdOfRef(r); return `- ${(a && renderArticle(a)) ?? r}`; });
    return [`# ${cite(p.id)} — ${p.subject}`, '', p.text, '', ...(prot.length ? ['## Related', '', ...prot, ''] : []), `*${declaration.title}* (adopted ${declaration.adopted})`, ''].join('\n');
  }
}

export async function openParagraph(id: string): Promise<void> {
  const uri = vscode.Uri.from({ scheme: SCHEME, path: `/para-${encodeURIComponent(id)}.md` });
  await vscode.commands.executeCommand('markdown.showPreviewToSide', uri).then(undefined, async () => {
    await vscode.window.showTextDocument(uri, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  });
}

interface Pick extends vscode.QuickPickItem { id: string }
const OPEN_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('book'), tooltip: 'Open the paragraph' };

/** searchDeclarationCommand: a fuzzy quick pick; Enter inserts the citation (or opens the paragraph without an editor). */
export async function searchDeclarationCommand(): Promise<void> {
  const qp = vscode.window.createQuickPick<Pick>();
  qp.placeholder = 'Search A/RES/72/1: non-penalization, data protection, supply chains, para 8…';
  // Our fuzzy ranking decides the order: the labels (citations) rarely match the words typed, and every item
  // is alwaysShow, so VS Code's own label filter neither hides nor re-sorts them.
  qp.matchOnDescription = false;
  const refresh = () => {
    qp.items = searchDeclaration(qp.value, 30).map(h => ({
      id: h.id, label: h.citation, description: h.subject, detail: h.text.slice(0, 160) + (h.text.length > 160 ? '…' : ''),
      alwaysShow: true, buttons: [OPEN_BUTTON],
    }));
  };
  refresh();
  qp.onDidChangeValue(refresh);
  qp.onDidTriggerItemButton(e => { qp.hide(); void openParagraph(e.item.id); });
  qp.onDidAccept(async () => {
    const item = qp.selectedItems[0];
    qp.hide();
    if (!item) return;
    const editor = vscode.window.activeTextEditor;
    if (editor && editor.document.uri.scheme !== SCHEME) await editor.insertSnippet(new vscode.SnippetString(cite(item.id).replace(/[$}\\]/g, '\\$&')));
    else await openParagraph(item.id);
  });
  qp.onDidHide(() => qp.dispose());
  qp.show();
}

/** The walkthrough's demo bill (examples/walkthrough/<lang>/step-N.bill), opened as an untitled bill. */
export async function openDemoBill(context: vscode.ExtensionContext, step?: unknown, lang?: unknown): Promise<void> {
  const ui = vscode.env.language.slice(0, 2);
  const l = typeof lang === 'string' ? lang : ['fr', 'es'].includes(ui) ? ui : 'en';
  const n = typeof step === 'number' ? step : 1;
  const file = vscode.Uri.joinPath(context.extensionUri, 'examples', 'walkthrough', l, `step-${n}.bill`);
  const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const doc = await vscode.workspace.openTextDocument({ language: 'bill', content });
  await vscode.window.showTextDocument(doc);
}

export async function toggleTrainingMode(): Promise<void> {
  const cfg = vscode.workspace.getConfiguration('palermo');
  const next = !cfg.get<boolean>('trainingMode');
  await cfg.update('trainingMode', next, vscode.ConfigurationTarget.Global);
  void vscode.window.showInformationMessage(`palermo training mode is ${next ? 'on: hovers explain each element in plain language' : 'off'}.`);
}

/** showDefinitionGaps: the CodeLens on the definition lists what it still lacks. */
export async function showDefinitionGaps(missing?: unknown): Promise<void> {
  const keys = Array.isArray(missing) ? missing.filter((k): k is string => typeof k === 'string') : [];
  if (!keys.length) { void vscode.window.showInformationMessage('The definition covers every act, means and purpose of A/RES/72/1, para 7.'); return; }
  await vscode.window.showQuickPick(keys.map(k => ({ label: k.split('.')[1].replace(/_/g, ' '), description: k.split('.')[0] })), { title: 'Elements of para 7 the definition lacks (hover the definition for the quick fixes)' });
}

export function registerAids(context: vscode.ExtensionContext): void {
  const reg = (id: string, fn: (...args: unknown[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(SCHEME, new DeclarationDocs()));
  reg('palermo.searchDeclaration', () => searchDeclarationCommand());
  reg('palermo.openParagraph', async (id?: unknown) => {
    const pid = typeof id === 'string' ? id : (await vscode.window.showInputBox({ prompt: 'Paragraph of A/RES/72/1, e.g. 8 or 11(a)' }))?.trim();
    if (pid) await openParagraph(pid);
  });
  reg('palermo.openDemoBill', (step?: unknown, lang?: unknown) => openDemoBill(context, step, lang));
  reg('palermo.toggleTrainingMode', () => toggleTrainingMode());
  reg('palermo.showDefinitionGaps', (missing?: unknown) => showDefinitionGaps(missing));
}
