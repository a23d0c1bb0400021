// Editor features over the protocol, driven as VS Code / Neovim / eglot drive the built server: capabilities
// negotiation, hovers with the declaration quoted, code actions applied and re-checked, completion, symbols,
// definition, folding. Features other lanes are still landing are gated in test/features.json (pending, not
// failed, until they are on main). Assertions are on codes, ranges and declaration data — never message text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification,
  DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, RegistrationRequest,
  type CodeAction, type CompletionItem, type CompletionList, type Diagnostic, type DocumentSymbol, type Location,
  type LocationLink, type MarkupContent, type Position, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from '../helpers';
import { itIf } from '../features';
import declaration from '../../data/declaration.json';
import { TestClient } from './lsp-client';

const examplePath = path.join(ROOT, 'examples', 'draft-bill-en.bill');
const original = fs.readFileSync(examplePath, 'utf8');
const para = (id: string) => declaration.paragraphs.find(p => p.id === id)!;
/** A few words from the start of a declaration paragraph: enough to know the hover quotes it. */
const opening = (id: string) => para(id).text.split(/\s+/).slice(0, 6).join(' ');

/** A bill opened in the test client, kept in sync with what the server has, as an editor buffer is. */
class Buffer {
  doc: TextDocument;
  constructor(private readonly c: TestClient, readonly uri: string, text: string) { this.doc = TextDocument.create(uri, 'bill', 1, text); }
  async open(): Promise<Diagnostic[]> {
    await this.c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: this.uri, languageId: 'bill', version: 1, text: this.doc.getText() } });
    return this.c.diagnostics(this.uri, 1);
  }
  pos(needle: string, delta = 0): Position {
    const i = this.doc.getText().indexOf(needle);
    assert.ok(i >= 0, `"${needle}" not in the bill`);
    return this.doc.positionAt(i + delta);
  }
  /** edit applies text edits as incremental changes (last first, as editors send them) and waits for the re-check. */
  async edit(edits: TextEdit[]): Promise<Diagnostic[]> {
    const version = this.doc.version + 1;
    const sorted = [...edits].sort((a, b) => this.doc.offsetAt(b.range.start) - this.doc.offsetAt(a.range.start));
    this.doc = TextDocument.update(this.doc, sorted.map(e => ({ range: e.range, text: e.newText })), version);
    await this.c.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: this.uri, version }, contentChanges: sorted.map(e => ({ range: e.range, text: e.newText })),
    });
    return this.c.diagnostics(this.uri, version);
  }
}

/** editsFor extracts the edits for one document from a workspace edit (documentChanges or changes). */
function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  const out: TextEdit[] = [];
  for (const dc of edit?.documentChanges ?? []) if ('textDocument' in dc && dc.textDocument.uri === uri) out.push(...dc.edits as TextEdit[]);
  out.push(...(edit?.changes?.[uri] ?? []));
  return out;
}

const VSCODE_LIKE = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
  },
};

/** A client that is killed if the test fails before its clean shutdown, so a failure never hangs mocha. */
const clients: TestClient[] = [];
function client(): TestClient { const c = new TestClient(); clients.push(c); return c; }

describe('editor features over the protocol', function () {
  afterEach(() => { for (const c of clients.splice(0)) if (c.proc.exitCode === null) c.proc.kill(); });
  describe('capability negotiation', () => {
    it('registers for configuration changes only when the client supports dynamic registration', async () => {
      for (const dynamicRegistration of [true, false]) {
        const c = client();
        const registered: string[] = [];
        c.conn.onRequest(RegistrationRequest.type, p => { registered.push(...p.registrations.map(r => r.method)); });
        c.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
        await c.initialize(undefined, { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration } } });
        const b = new Buffer(c, pathToFileURL(examplePath).href, original);
        await b.open(); // by now the server has handled `initialized`
        assert.equal(registered.includes('workspace/didChangeConfiguration'), dynamicRegistration, `dynamicRegistration=${dynamicRegistration}`);
        assert.equal(await c.shutdown(), 0);
      }
    });

    it('does not check the rule documentation pages or a project README, even as markdown', async () => {
      const c = client();
      await c.initialize();
      const bill = new Buffer(c, pathToFileURL(examplePath).href, original);
      for (const rel of ['docs/rules/act-transfer-missing.md', 'README.md']) {
        const file = path.join(ROOT, rel);
        const uri = pathToFileURL(file).href;
        await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(file, 'utf8') } });
      }
      // The bill opened afterwards is published; by then the pages would have been too.
      assert.ok((await bill.open()).length > 0);
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: pathToFileURL(path.join(ROOT, 'docs/rules/act-transfer-missing.md')).href }, position: { line: 0, character: 3 } });
      assert.equal(h, null);
      assert.equal(await c.shutdown(), 0);
    });
  });

  describe('on examples/draft-bill-en.bill', () => {
    let c: TestClient;
    let b: Buffer;
    let diags: Diagnostic[];
    beforeEach(async () => {
      c = client();
      c.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
      await c.initialize(undefined, VSCODE_LIKE);
      b = new Buffer(c, pathToFileURL(examplePath).href, original);
      diags = await b.open();
    });
    afterEach(async function () { if (this.currentTest?.state === 'passed') assert.equal(await c.shutdown(), 0); });

    it('hovers a finding with the declaration paragraph behind it quoted and cited', async () => {
      const d = diags.find(x => x.code === 'non-penalization-missing');
      assert.ok(d, diags.map(x => x.code).join(', '));
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: b.uri }, position: d.range.start });
      const md = (h?.contents as MarkupContent).value;
      assert.ok(md.includes('`non-penalization-missing`'), md);
      assert.ok(md.includes('A/RES/72/1, para 8') && md.includes(opening('8')), md);
    });

    it('hovers an element term with para 7 quoted', async () => {
      const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: b.uri }, position: b.pos('fraud or deception', 1) });
      const md = (h?.contents as MarkupContent).value;
      assert.ok(md.includes('A/RES/72/1, para 7') && md.includes('**fraud**'), md);
      assert.deepEqual(h?.range?.start, b.pos('fraud or deception'));
    });

    for (const [feature, code] of [['quickfix-element', 'act-transfer-missing'], ['quickfix-clause', 'non-penalization-missing']] as const) {
      itIf(feature)(`offers a quick fix for ${code} whose edit removes the finding and nothing else`, async () => {
        const d = diags.find(x => x.code === code)!;
        assert.ok(d, diags.map(x => x.code).join(', '));
        const actions = await c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: b.uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } }) as CodeAction[];
        const fix = actions.find(a => a.kind === 'quickfix' && a.diagnostics?.some(x => x.code === code) && a.edit);
        assert.ok(fix, JSON.stringify(actions.map(a => a.title)));
        const edits = editsFor(fix.edit, b.uri);
        assert.ok(edits.length > 0);
        const before = new Set(diags.map(x => x.code));
        const after = await b.edit(edits);
        assert.ok(!after.some(x => x.code === code), after.map(x => x.code).join(', '));
        for (const x of after) assert.ok(before.has(x.code), `the fix introduced ${x.code}`);
      });
    }

    itIf('quickfix-element')('offers the same fix for a drifted diagnostic copy and for a bare range (Neovim, eglot)', async () => {
      const d = diags.find(x => x.code === 'act-transfer-missing')!;
      const ask = (diagnostics: Diagnostic[]) => c.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri: b.uri }, range: d.range, context: { diagnostics } }) as Promise<CodeAction[]>;
      const exact = await ask([d]);
      assert.ok(exact.length > 0);
      const drifted = { ...d, range: { start: d.range.start, end: { line: d.range.end.line, character: d.range.end.character + 1 } } };
      const titles = (xs: CodeAction[]) => xs.filter(x => x.diagnostics?.[0]?.code === d.code).map(x => x.title);
      assert.deepEqual(titles(await ask([drifted])), titles(exact));
      assert.ok(titles(await ask([])).some(t => titles(exact).includes(t)));
      assert.deepEqual(titles(await ask([{ ...d, source: 'other-linter' }, d])), titles(exact), 'other tools\' diagnostics are left alone');
    });

    itIf('completion')('completes a clause the bill lacks at an empty line, and inserting it removes that finding', async () => {
      const end = b.doc.positionAt(b.doc.getText().length);
      await b.edit([{ range: { start: end, end }, newText: '\n\n' }]);
      const at = b.doc.positionAt(b.doc.getText().length);
      const res = await c.conn.sendRequest(CompletionRequest.type, { textDocument: { uri: b.uri }, position: at });
      const items: CompletionItem[] = Array.isArray(res) ? res : (res as CompletionList | null)?.items ?? [];
      assert.ok(items.length > 0);
      const missing = new Set(diags.map(x => String(x.code)));
      // Insert the first offered item (its snippet placeholders replaced by their defaults) and re-check.
      const item = items[0];
      const raw = item.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : item.insertText ?? item.label;
      const text = raw.replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
      const after = await b.edit([{ range: { start: at, end: at }, newText: text }]);
      const gone = [...missing].filter(m => !after.some(x => x.code === m));
      assert.ok(gone.length > 0, `inserting "${item.label}" fixed nothing`);
    });

    itIf('symbols')('outlines parts with their sections', async () => {
      const res = await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: b.uri } }) as DocumentSymbol[];
      assert.ok(res.length >= 3, 'three parts');
      const part2 = res.find(s => s.range.start.line === b.pos('PART II').line);
      assert.ok(part2, JSON.stringify(res.map(s => s.range.start.line)));
      assert.ok(part2.children?.some(s => s.range.start.line === b.pos('3. Trafficking in persons').line));
    });

    itIf('definition')('goes from a cross-reference to the provision it names', async () => {
      const res = await c.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: b.uri }, position: b.pos('section 3.', 2) });
      const loc = (Array.isArray(res) ? res[0] : res) as Location | LocationLink | null;
      assert.ok(loc);
      const range = 'targetRange' in loc ? loc.targetRange : loc.range;
      assert.equal(range.start.line, b.pos('3. Trafficking in persons').line);
    });

    itIf('folding')('folds parts and sections', async () => {
      const res = await c.conn.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: b.uri } });
      assert.ok(res?.some(r => r.startLine === b.pos('PART II').line && r.endLine > b.pos('3. Trafficking in persons').line));
    });
  });
});
