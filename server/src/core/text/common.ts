// The unchanged ends of two versions of a text: what an edit cannot have touched. Compared in chunks first
// (native string equality), then character by character.

// Large chunks: each comparison cuts two substrings (objects for the collector), so the fewer the better.
const CHUNK = 4096;

/** commonPrefix: length of the longest shared beginning of a and b. */
export function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p + CHUNK <= max && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** commonSuffix: length of the shared ending, at most max (so that prefix and suffix never overlap). */
export function commonSuffix(a: string, b: string, max: number): number {
  let q = 0;
  while (q + CHUNK <= max && a.slice(a.length - q - CHUNK, a.length - q) === b.slice(b.length - q - CHUNK, b.length - q)) q += CHUNK;
  while (q < max && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  return q;
}
