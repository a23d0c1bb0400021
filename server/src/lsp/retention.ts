// Which documents keep their analysis in memory. An analysis of a bill holds its folded copy, structure,
// term matches and findings — about six times the document's size in V8's heap — so keeping one for every
// open document makes the server's memory grow with everything the user ever opened. Retention keeps the
// most recently used results within a budget (total weight, the server weighs by document length) and lets
// the least recently used go; the most recent one is always kept, however large. What is let go is only a
// cache: the document is analysed again (from scratch, with the content-keyed caches warm) when it is next
// edited or asked about, and the result is the same.

/** The server's budget: total length of the documents whose analyses stay in memory (two 1 MB bills' worth). */
export const RETAINED_CHARS = 2 * 1024 * 1024;

export class Retention {
  /** uri → weight, in order of use (a Map iterates in insertion order: least recently used first). */
  private readonly order = new Map<string, number>();
  private total = 0;

  constructor(private readonly budget: number, private readonly evict: (uri: string) => void) {}

  /** touch records a (new) result for uri and lets the least recently used others go while over budget. */
  touch(uri: string, weight: number): void {
    this.forget(uri);
    this.order.set(uri, weight);
    this.total += weight;
    for (const [u, w] of this.order) {
      if (this.total <= this.budget || u === uri) break;
      this.order.delete(u);
      this.total -= w;
      this.evict(u);
    }
  }

  /** use marks uri's result as just used (a hover, a completion), if it is kept. */
  use(uri: string): void {
    const w = this.order.get(uri);
    if (w === undefined) return;
    this.order.delete(uri);
    this.order.set(uri, w);
  }

  forget(uri: string): void {
    const w = this.order.get(uri);
    if (w === undefined) return;
    this.order.delete(uri);
    this.total -= w;
  }

  uris(): string[] { return [...this.order.keys()]; }
}
