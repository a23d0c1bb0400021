// Reading bills from disk for the CLI: text files of any supported format, and Word (.docx) through mammoth.
// Unreadable and non-text input is reported with a reason; it never stops the other files.

import fs from 'node:fs/promises';
import path from 'node:path';
import type { Format } from '../core/types';
import { formatFor } from '../core/formats/view';

export type ReadResult = { ok: true; text: string; format: Format; source: 'text' | 'docx' } | { ok: false; reason: string };

const MAX_BYTES = 64 * 1024 * 1024;

export async function readBill(file: string): Promise<ReadResult> {
  let buf: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (st.size > MAX_BYTES) return { ok: false, reason: `is larger than ${MAX_BYTES / 1024 / 1024} MB` };
    buf = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message };
  }
  if (path.extname(file).toLowerCase() === '.docx') {
    try {
      const mammoth = await import('mammoth');
      const res = await mammoth.extractRawText({ buffer: buf });
      return { ok: true, text: res.value, format: 'plaintext', source: 'docx' };
    } catch (e) {
      return { ok: false, reason: `is not a readable Word document (${(e as Error).message.split('\n')[0]})` };
    }
  }
  if (isBinary(buf)) return { ok: false, reason: 'is not a text file (binary content)' };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text, format: formatFor(file, text), source: 'text' };
}

/** isBinary: NUL bytes, or mostly invalid UTF-8, in the first 8 KB. */
function isBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return true;
  const decoded = head.toString('utf8');
  let bad = 0;
  for (let i = 0; i < decoded.length; i++) if (decoded.charCodeAt(i) === 0xfffd) bad++;
  return decoded.length > 0 && bad / decoded.length > 0.1;
}
