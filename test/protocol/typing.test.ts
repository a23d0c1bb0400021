// Typing through the protocol, as a drafter does: a clause typed word by word and then deleted again with
// incremental didChange, each version analysed (debounce 0, so the server's incremental analysis reuses the
// previous one at every step). The final diagnostics must equal those of a fresh server given the same text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from '../helpers';
import { TestClient } from './lsp-client';

const CLAUSE = [
  '',
  '5. Non-punishment of victims',
  'A victim of trafficking in persons shall not be prosecuted, detained or punished for an offence committed as a',
  'direct consequence of having been trafficked, including an immigration offence or the use of false documents.',
].join('\n');

const key = (d: Diagnostic) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}/${d.severity}`;
const keys = (ds: Diagnostic[]) => ds.map(key).sort();

async function fresh(uri: string, text: string): Promise<Diagnostic[]> {
  const c = new TestClient();
  try {
    await c.initialize();
    await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bill', version: 1, text } });
    return await c.diagnostics(uri, 1);
  } finally { if (c.proc.exitCode === null) await c.shutdown(); }
}

for (const file of ['draft-bill-en.bill', 'projet-de-loi-fr.bill']) {
  describe(`typing into examples/${file} over the protocol`, function () {
    const original = fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8');
    const uri = pathToFileURL(path.join(ROOT, 'examples', file)).href;
    let c: TestClient;
    let doc: TextDocument;
    before(async () => {
      c = new TestClient();
      await c.initialize({ settings: { debounceMs: 0 } });
      doc = TextDocument.create(uri, 'bill', 1, original);
      await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'bill', version: 1, text: original } });
      await c.diagnostics(uri, 1);
    });
    after(async () => { if (c.proc.exitCode === null) assert.equal(await c.shutdown(), 0); });

    async function change(range: { start: number; end: number }, text: string): Promise<Diagnostic[]> {
      const version = doc.version + 1;
      const r = { start: doc.positionAt(range.start), end: doc.positionAt(range.end) };
      doc = TextDocument.update(doc, [{ range: r, text }], version);
      await c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: r, text }] });
      return c.diagnostics(uri, version);
    }

    it('a clause typed word by word ends with the diagnostics a fresh analysis gives', async () => {
      // Typed after the first section heading of the victims part, i.e. in the middle of the bill.
      let at = original.indexOf('\n', original.search(/\n(?:PART III|TITRE III)/) + 1);
      let last: Diagnostic[] = [];
      for (const word of CLAUSE.split(/(?<=\s)/)) { last = await change({ start: at, end: at }, word); at += word.length; }
      assert.deepEqual(keys(last), keys(await fresh(uri, doc.getText())));
    });

    it('deleting it again word by word returns to the original diagnostics', async () => {
      const start = doc.getText().indexOf(CLAUSE);
      let end = start + CLAUSE.length;
      let last: Diagnostic[] = [];
      while (end > start) {
        const cut = Math.max(start, doc.getText().lastIndexOf(' ', end - 2) + 1);
        last = await change({ start: cut, end }, '');
        end = cut;
      }
      assert.equal(doc.getText(), original);
      assert.deepEqual(keys(last), keys(await fresh(uri, original)));
    });
  });
}
