// A strict reader of the VS Code snippet syntax we use: `$n`, `${n}`, `${n:default}` and `${n|a,b|}` (no
// nesting, no variables). It returns the tab stops with their defaults, or the first problem found.

export interface TabStop { index: number; default: string; choices?: string[] }

export function parseSnippetLine(line: string): { stops: TabStop[]; problem?: string } {
  const stops: TabStop[] = [];
  const re = /\$(?:(\d+)|\{(\d+)\}|\{(\d+):([^${}]*)\}|\{(\d+)\|([^$|{}]*)\|\})/y;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\') { i++; continue; }
    if (ch === '}' ) return { stops, problem: `stray "}" at ${i}` };
    if (ch !== '$') continue;
    re.lastIndex = i;
    const m = re.exec(line);
    if (!m) return { stops, problem: `malformed placeholder at ${i}: ${line.slice(i, i + 20)}` };
    if (m[1] ?? m[2]) stops.push({ index: Number(m[1] ?? m[2]), default: '' });
    else if (m[3]) stops.push({ index: Number(m[3]), default: m[4] });
    else {
      const choices = m[6].split(',');
      if (choices.length < 2 || choices.some(c => !c.trim())) return { stops, problem: `choice needs two or more non-empty options at ${i}` };
      stops.push({ index: Number(m[5]), default: choices[0], choices });
    }
    i = re.lastIndex - 1;
  }
  return { stops };
}

/** checkSnippet validates a whole body: syntax, tab stops numbered from 1, one default per tab stop. */
export function checkSnippet(body: string[]): string[] {
  const problems: string[] = [];
  const defaults = new Map<number, string>();
  for (const line of body) {
    const r = parseSnippetLine(line);
    if (r.problem) problems.push(r.problem);
    for (const s of r.stops) {
      if (s.index === 0) continue;
      const prev = defaults.get(s.index);
      if (prev !== undefined && s.default && prev && prev !== s.default) problems.push(`tab stop ${s.index} has two defaults: "${prev}" / "${s.default}"`);
      if (!prev) defaults.set(s.index, s.default);
    }
  }
  const idx = [...defaults.keys()].sort((a, b) => a - b);
  idx.forEach((n, i) => { if (n !== i + 1) problems.push(`tab stops are not numbered 1..${idx.length}: ${idx.join(',')}`); });
  return [...new Set(problems)];
}
