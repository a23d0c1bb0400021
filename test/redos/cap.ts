/**
 * capBounds rewrites every bounded repetition {m,n} (and {m}, {m,}) with counts above k down to k, outside
 * character classes and escapes. A bounded repetition adds at most a constant factor, so it cannot make
 * matching super-linear; but with large bounds recheck's fuzzer sees growth up to the bound, and its
 * automaton checker gives up on them (maxRepeatCount), and reports linear patterns as polynomial. Capping
 * keeps the pattern's shape — nesting, overlap, ambiguity — which is what makes a pattern catastrophic:
 * (a{1,100})+ stays (a{1,4})+ and is still reported.
 */
export function capBounds(source: string, k = 4): string {
  let out = '', inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; continue; }
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 24));
      if (m) {
        const lo = Math.min(+m[1], k);
        const hi = m[2] === undefined ? '' : m[3] === '' ? ',' : `,${Math.max(lo, Math.min(+m[3], k))}`;
        out += `{${lo}${hi}}`;
        i += m[0].length - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}
