// Completion: declaration citations ("para" → paragraphs with their subjects, fuzzy) and model clauses in
// context (core/completion). Clauses insert as snippets so the drafter tabs through what the jurisdiction
// decides; the item's documentation shows the clause and the findings it resolves.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import type { Analysis } from '../core/analysis';
import { completionsAt, type Candidate } from '../core/completion';
import { cite } from '../core/declaration';
import { plain } from '../core/clauses';
import type { Feature } from './features';

const pad = (n: number) => String(n).padStart(5, '0');

export function completionItems(a: Analysis, offset: number): CompletionItem[] {
  return completionsAt(a, offset).map(c => toItem(a, c));
}

function toItem(a: Analysis, c: Candidate): CompletionItem {
  const range = a.lines.range(c.replace);
  if (c.kind === 'citation') {
    return {
      label: c.label, kind: CompletionItemKind.Reference, detail: c.subject,
      documentation: { kind: MarkupKind.Markdown, value: `> ${c.text}\n\n— *${c.label}* (${c.subject})` },
      sortText: pad(c.rank), filterText: c.typed, textEdit: { range, newText: c.label },
    };
  }
  const cl = c.clause;
  const resolves = c.missing.length ? `Resolves: ${c.missing.map(x => `\`${x}\``).join(', ')}\n\n` : '';
  const text = [...(c.header ? [c.header] : []), ...plain(cl.body)].join('\n');
  return {
    label: cl.title, kind: CompletionItemKind.Snippet,
    detail: `palermo model clause${c.missing.length ? ' · missing from this bill' : ''} · ${cl.paragraphs.map(cite).join('; ')}`,
    labelDetails: { description: c.missing.length ? 'missing' : cl.part },
    documentation: { kind: MarkupKind.Markdown, value: `${resolves}\`\`\`\n${text}\n\`\`\`` },
    sortText: pad(c.rank), filterText: `${c.typed} ${cl.prefix.join(' ')} ${cl.title}`,
    insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: c.snippet },
    data: { clause: cl.id },
  };
}

export const completionFeature: Feature = ({ connection, analysisFor }) => {
  connection.onCompletion(p => {
    const a = analysisFor(p.textDocument.uri);
    return a ? { isIncomplete: true, items: completionItems(a, a.lines.offset(p.position)) } : [];
  });
  return { completionProvider: { triggerCharacters: ['¶'], resolveProvider: false } };
};
