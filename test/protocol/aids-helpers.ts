// Shared helpers for the protocol tests of the drafting aids: open a fixture, find positions by text.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, type MarkupContent, type Hover } from 'vscode-languageserver-protocol/node';
import { ROOT } from '../helpers';
import type { TestClient } from './lsp-client';

export interface Doc { uri: string; text: string; pos(needle: string, delta?: number, from?: string): { line: number; character: number } }

export function loadDoc(rel: string): Doc {
  const file = path.join(ROOT, rel);
  const text = fs.readFileSync(file, 'utf8');
  return {
    uri: pathToFileURL(file).href, text,
    // Position `delta` characters into the first occurrence of needle (after `from`, if given).
    pos(needle, delta = 1, from) {
      const base = from ? text.indexOf(from) : 0;
      const i = text.indexOf(needle, base);
      if (i < 0 || base < 0) throw new Error(`"${needle}" not found`);
      const before = text.slice(0, i + delta).split('\n');
      return { line: before.length - 1, character: before[before.length - 1].length };
    },
  };
}

export async function open(c: TestClient, d: Doc, languageId = 'bill'): Promise<void> {
  await c.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: d.uri, languageId, version: 1, text: d.text } });
  await c.diagnostics(d.uri, 1);
}

export const md = (h: Hover | null): string => (h?.contents as MarkupContent | undefined)?.value ?? '';
