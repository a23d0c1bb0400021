// Packed document texts (lsp/documents.ts): a document whose analysis the server let go keeps its text as a
// one-byte string plus the few characters beyond U+00FF; unpacking gives back exactly the same text, whatever
// it holds (lone surrogates included), and edits after unpacking apply as to an ordinary document.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PackableDocument, packText, unpackText, PACK_MIN } from '../../server/src/lsp/documents';

const latinMostly = fc.string({ unit: fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('a', 'é', ' ', '\n', '\u0000', '\u00ff') },
  { weight: 1, arbitrary: fc.constantFrom('—', '’', '\ud800', '\udc00', '😀', '\uffff', 'Ω') },
), maxLength: 400 });

describe('packed document texts (lsp/documents.ts)', function () {
  it('unpacks to exactly the packed text', function () {
    fc.assert(fc.property(latinMostly, text => {
      const p = packText(text, 1);
      if (!p) { assert.ok(!/[^\u0000-\u00ff]/.test(text)); return; }
      assert.equal(unpackText(p), text);
      assert.ok(!/[^\u0000-\u00ff]/.test(p.low), 'the packed part is one-byte');
    }), { seed: 6, numRuns: 500 });
  });

  it('does not pack a text without characters beyond U+00FF, or with too many of them', function () {
    assert.equal(packText('é'.repeat(100)), undefined);
    assert.equal(packText('Ω'.repeat(100)), undefined);
    assert.ok(packText(`${'a'.repeat(100)}Ω`));
  });

  it('a packed document reads and takes edits like an ordinary one', function () {
    const text = `${'Section 1. A person who recruits — or transports — another person.\n'.repeat(Math.ceil(PACK_MIN / 60))}`;
    const d = new PackableDocument('file:///a.bill', 'bill', 7, text);
    const plain = TextDocument.create('file:///a.bill', 'bill', 7, text);
    assert.equal(d.pack(), true);
    assert.equal(d.isPacked, true);
    assert.equal(d.version, 7);
    const change = { range: { start: { line: 3, character: 2 }, end: { line: 4, character: 5 } }, text: 'x’y' };
    d.update([change], 8);
    TextDocument.update(plain, [change], 8);
    assert.equal(d.isPacked, false);
    assert.equal(d.version, 8);
    assert.equal(d.getText(), plain.getText());
    assert.deepEqual(d.positionAt(5000), plain.positionAt(5000));
    assert.equal(d.lineCount, plain.lineCount);
    assert.equal(new PackableDocument('file:///b.bill', 'bill', 1, 'short — text').pack(), false, 'short texts are not packed');
  });
});
