import type { Provision } from '../types';
import { flattened } from './flat';

/**
 * flatten lists the provisions of a tree in document order (pre-order), the document itself excluded. The
 * whole document's list is remembered (rules and fixes ask for it again and again); treat it as read-only.
 */
export function flatten(root: Provision): Provision[] {
  if (root.kind === 'document') {
    const hit = flattened.get(root);
    if (hit && hit.children === root.children.length) return hit.list;
  }
  const out: Provision[] = [];
  const walk = (p: Provision) => { for (const c of p.children) { out.push(c); walk(c); } };
  walk(root);
  if (root.kind === 'document') flattened.set(root, { children: root.children.length, list: out });
  return out;
}

/** deepestAt returns the innermost provision containing offset (the document if none). */
export function deepestAt(root: Provision, offset: number): Provision {
  let node = root;
  for (;;) {
    const next = childAt(node.children, offset);
    if (!next) return node;
    node = next;
  }
}

/**
 * childAt: the first child whose [start, end] holds offset. Children are in document order and do not
 * overlap (a child may end where the next starts), so a binary search finds it without scanning thousands
 * of sections for every lookup.
 */
function childAt(kids: Provision[], offset: number): Provision | undefined {
  let lo = 0, hi = kids.length - 1, at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (kids[mid].start <= offset) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  let found: Provision | undefined;
  for (let k = at; k >= 0 && kids[k].end >= offset; k--) if (kids[k].start <= offset) found = kids[k];
  return found;
}

/** sectionOf returns the section/article a provision belongs to (itself if it is one). */
export function sectionOf(p: Provision): Provision | undefined {
  for (let q: Provision | undefined = p; q; q = q.parent) if (q.kind === 'section') return q;
  return undefined;
}

/** ownEnd is where the provision's own text stops: at its first child, or its end. */
export function ownEnd(p: Provision): number {
  return p.children.length ? p.children[0].start : p.end;
}

/** describe renders "Section 3(1)(a)" style references for messages. */
export function describe(p: Provision): string {
  const chain: Provision[] = [];
  for (let q: Provision | undefined = p; q && q.kind !== 'document'; q = q.parent) {
    chain.unshift(q);
    if (q.kind === 'section' || ['book', 'part', 'title', 'chapter', 'division'].includes(q.kind)) break;
  }
  if (!chain.length) return 'the document';
  const [head, ...rest] = chain;
  let s = head.label;
  for (const q of rest) {
    if (q.kind === 'definition') s += `, definition of ${q.label}`;
    else s += /^\(/.test(q.label) ? q.label : ` ${q.label}`;
  }
  return s;
}

export { parseStructure } from './parse';
