/** escapeRegExp: s written so that a RegExp built from it matches s literally (the syntax characters escaped). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
