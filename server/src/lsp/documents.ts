// Open documents as the server stores them. V8 keeps a string with any character beyond U+00FF — one em dash
// or curly quote in a bill is enough — at two bytes per character, so an open 1 MB bill costs 2 MB of heap
// for its text alone. A document whose analysis the server let go (retention.ts: not used recently) is
// packed: its text kept as a one-byte string plus the few characters beyond U+00FF and their offsets, and
// unpacked — exactly the same text — the next time anything reads it (an edit, a request, its analysis).
// Packing is done in JavaScript on V8 strings on purpose: going through Buffers (UTF-8) left their malloc'd
// pages with the process (bench/memory.mjs --smaps), which undid the saving.

import { TextDocument, type Position, type Range, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { TextDocumentsConfiguration } from 'vscode-languageserver/node';

/** Shorter texts are not worth packing. */
export const PACK_MIN = 64 * 1024;

export interface PackedText {
  /** The text with every character beyond U+00FF replaced by U+0000: a one-byte string in V8. */
  low: string;
  /** Offsets of the replaced characters, and their UTF-16 code units. */
  at: number[];
  codes: number[];
}

const CHUNK = 8192;

/**
 * packText packs a text whose characters beyond U+00FF are few (at most one in `sparse`); undefined when
 * there are none (V8 already stores it at one byte per character) or too many (a non-Latin script).
 */
export function packText(text: string, sparse = 32): PackedText | undefined {
  const at: number[] = [], codes: number[] = [];
  const limit = Math.floor(text.length / sparse);
  const buf = new Uint8Array(CHUNK);
  const parts: string[] = [];
  for (let s = 0; s < text.length; s += CHUNK) {
    const e = Math.min(text.length, s + CHUNK);
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c > 0xff) {
        if (at.length >= limit) return undefined;
        at.push(i); codes.push(c); buf[i - s] = 0;
      } else buf[i - s] = c;
    }
    // Every code is ≤ 0xFF, so V8 makes a one-byte string.
    parts.push(String.fromCharCode.apply(null, (e - s === CHUNK ? buf : buf.subarray(0, e - s)) as unknown as number[]));
  }
  return at.length ? { low: parts.join(''), at, codes } : undefined;
}

export function unpackText(p: PackedText): string {
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < p.at.length; k++) {
    parts.push(p.low.slice(from, p.at[k]), String.fromCharCode(p.codes[k]));
    from = p.at[k] + 1;
  }
  parts.push(p.low.slice(from));
  return parts.join('');
}

export class PackableDocument implements TextDocument {
  private doc: TextDocument | undefined;
  private packed: PackedText | undefined;
  private packedVersion = 0;

  constructor(readonly uri: string, readonly languageId: string, version: number, content: string) {
    this.doc = TextDocument.create(uri, languageId, version, content);
  }

  get version(): number { return this.doc ? this.doc.version : this.packedVersion; }
  get lineCount(): number { return this.live().lineCount; }
  get isPacked(): boolean { return this.packed !== undefined; }
  getText(range?: Range): string { return this.live().getText(range); }
  positionAt(offset: number): Position { return this.live().positionAt(offset); }
  offsetAt(position: Position): number { return this.live().offsetAt(position); }
  getLineRange(line: number): Range { return this.live().getLineRange(line); }
  getEOLCharacters(line: number): string { return this.live().getEOLCharacters(line); }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    TextDocument.update(this.live(), changes, version);
  }

  /** pack stores the text packed if that saves memory (see packText); returns whether it did. */
  pack(): boolean {
    if (!this.doc) return false;
    const text = this.doc.getText();
    if (text.length < PACK_MIN) return false;
    const p = packText(text);
    if (!p) return false;
    this.packed = p;
    this.packedVersion = this.doc.version;
    this.doc = undefined;
    return true;
  }

  private live(): TextDocument {
    if (!this.doc) {
      this.doc = TextDocument.create(this.uri, this.languageId, this.packedVersion, unpackText(this.packed!));
      this.packed = undefined;
    }
    return this.doc;
  }
}

/** The TextDocuments configuration that stores PackableDocuments. */
export const PACKABLE: TextDocumentsConfiguration<PackableDocument> = {
  create: (uri, languageId, version, content) => new PackableDocument(uri, languageId, version, content),
  update: (document, changes, version) => { document.update(changes, version); return document; },
};
