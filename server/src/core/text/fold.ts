// fold() gives a same-length, lower-cased, accent-free copy of the text so that lexicon patterns can be
// written once in plain ASCII ("hebergement", "captacion") and every match offset is also an offset into
// the original. Characters whose folded form would change the length are kept as they are.

import { commonPrefix, commonSuffix } from './common';

const table = new Uint16Array(0x10000); // 0 = not computed yet

function foldCode(c: number): number {
  let f = table[c];
  if (f !== 0) return f;
  const ch = String.fromCharCode(c);
  let out = ch;
  const lower = ch.toLowerCase();
  if (lower.length === 1) out = lower;
  const base = out.normalize('NFD');
  if (base.length > 1 && /[a-z]/.test(base[0])) out = base[0];
  f = out.charCodeAt(0);
  // Typographic punctuation folds to ASCII so patterns need not list every quote or dash.
  switch (c) {
    case 0x2018: case 0x2019: case 0x2032: case 0x00b4: f = 0x27; break; // ’ ‘ ′ ´ → '
    case 0x201c: case 0x201d: case 0x201e: case 0x00ab: case 0x00bb: f = 0x22; break; // “ ” „ « » → "
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: f = 0x2d; break; // dashes → -
    case 0x00a0: case 0x202f: case 0x2007: case 0x2009: f = 0x20; break; // no-break and thin spaces → space
    case 0x0153: f = c; break; // œ stays (its fold "oe" would change the length); lexicons write "(?:oe|œ)"
  }
  table[c] = f; // only called for c >= 128, whose fold is never 0 ("not computed yet")
  return f;
}

const CHUNK = 8192;

/** Node's Buffer, when the core runs under Node: it copies a string's code units to bytes and back natively. */
interface NodeBytes extends Uint8Array { toString(encoding?: string): string }
const NodeBuffer = (globalThis as { Buffer?: { from(s: string, encoding: string): NodeBytes } }).Buffer;

/** Code units beyond ASCII: the only ones whose fold is not their ASCII lower case. */
const NON_ASCII = /[^\x00-\x7f]/g;

export function fold(text: string): string {
  const n = text.length;
  // A Latin-script bill folds to characters below 256: written as bytes and read back as Latin-1, the result
  // is a one-byte string (the representation V8's regex engine reads fastest). The bytes start as the low
  // byte of each code unit (one native copy), exact for ASCII; lowerAsciiBytes lowers A-Z, and the few code
  // units beyond ASCII (found by the regex engine, not by reading every character in JS) are then folded
  // one by one, overwriting whatever their low byte became.
  if (NodeBuffer && n >= CHUNK) {
    const bytes = NodeBuffer.from(text, 'latin1');
    if (bytes.length !== n) return foldWide(text);
    lowerAsciiBytes(bytes);
    NON_ASCII.lastIndex = 0;
    for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
      const f = foldCode(text.charCodeAt(m.index));
      if (f > 255) { NON_ASCII.lastIndex = 0; return foldWide(text); }
      bytes[m.index] = f;
    }
    return bytes.toString('latin1');
  }
  return foldWide(text);
}

/**
 * lowerAsciiBytes adds 32 to every byte in 65..90 (A-Z), as a byte loop would, four bytes at a time: in a
 * 32-bit word, bit 7 of (b & 0x7f) + 0x3f is set when that part is >= 'A' and of (b & 0x7f) + 0x25 when it
 * is > 'Z' (no sum carries out of its byte), so their XOR, less the bytes with bit 7 set (beyond ASCII),
 * marks the capitals; shifted down to bit 5 it is the 32 to add (XOR: bit 5 of a capital is 0).
 */
export function lowerAsciiBytes(bytes: Uint8Array): void {
  const n = bytes.length;
  let i = 0;
  // Byte by byte up to a 4-byte boundary of the underlying buffer (a 32-bit view needs one), and after the last word.
  for (; i < n && ((bytes.byteOffset + i) & 3) !== 0; i++) { const c = bytes[i]; if (c >= 65 && c <= 90) bytes[i] = c + 32; }
  if (n - i >= 4) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (n - i) >>> 2);
    for (let k = 0; k < words.length; k++) {
      const w = words[k], h = w & 0x7f7f7f7f;
      const caps = ~w & ((h + 0x3f3f3f3f) ^ (h + 0x25252525)) & 0x80808080;
      if (caps !== 0) words[k] = w ^ (caps >>> 2);
    }
    i += words.length * 4;
  }
  for (; i < n; i++) { const c = bytes[i]; if (c >= 65 && c <= 90) bytes[i] = c + 32; }
}

function foldWide(text: string): string {
  const n = text.length;
  const parts: string[] = [];
  const buf = new Uint16Array(Math.min(n, CHUNK));
  for (let i = 0; i < n; i += CHUNK) {
    const m = Math.min(CHUNK, n - i);
    for (let j = 0; j < m; j++) {
      const c = text.charCodeAt(i + j);
      buf[j] = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c);
    }
    parts.push(String.fromCharCode.apply(null, buf.subarray(0, m) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * refold folds `text` given the folded form of an earlier version of it: folding is per character, so the
 * common prefix and suffix are taken from the old result and only the stretch between them is folded.
 */
export function refold(oldText: string, oldFolded: string, text: string): string {
  if (oldFolded.length !== oldText.length) return fold(text);
  const max = Math.min(oldText.length, text.length);
  // The same ends as a character-by-character comparison, compared in chunks (text/common.ts).
  const p = commonPrefix(oldText, text);
  const s = commonSuffix(oldText, text, max - p);
  if (p === text.length && p === oldText.length) return oldFolded;
  return oldFolded.slice(0, p) + fold(text.slice(p, text.length - s)) + oldFolded.slice(oldFolded.length - s);
}
