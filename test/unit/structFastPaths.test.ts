// Fast paths of the structure parser and the language vote, each compared with the simple form it replaces
// (a regex, a split, a slice per line) on random inputs.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classify, classifyAll, cleanNum, mayOpenAt, ordinal, parenDigitLength, parenLowerLength, parenMarker, roman, sepLength, type ListType } from '../../server/src/core/structure/markers';
import { looksLikeHeading, splitHeading, wordCount } from '../../server/src/core/structure/headings';
import { isSpace, trimEndWhile } from '../../server/src/core/text/trim';
import { idSegment, scanLines } from '../../server/src/core/structure/parse';
import { fold, lowerAsciiBytes } from '../../server/src/core/text/fold';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { windowHolders } from '../../server/src/core/scopeLiterals';
import { analyze } from '../../server/src/core/analysis';
import { flatten, ownEnd } from '../../server/src/core/structure';
import { norm, sectionNumbers } from '../../server/src/core/structure/numbering';
import { lexicon } from '../../server/src/core/lexicon';
import { requiredLiterals } from '../../server/src/core/lexicon/literals';
import { setCaching } from '../../server/src/core/cache';
import { LANGS } from '../../server/src/core/types';
import { detectLanguage, detectWithSections } from '../../server/src/core/language/detect';
import { clearCaches, withoutVersions } from '../../server/src/core/cache';

const PIECES = ['(', ')', '(a)', '(iv)', '1', '12', '.', ':', '-', '–', '—', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff',
  'Section', 'section 3', 'Art. 2º', '§ 1', 'PART II', 'Chapter', 'iv.', 'I.- ', 'a) ', '1) ', '3º ', 'first-', 'The', 'person', 'é', 'İ', 'x', '_', '~', '/', '𝐀', '\ud800'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map(a => a.join(''));

describe('structure fast paths equal their simple forms', () => {
  it('sepLength is the length of /^[ \\t]*(?:[.:\\-–—]+[ \\t]*)?/ at an offset', () => {
    fc.assert(fc.property(text, fc.nat(40), (t, at0) => {
      const at = Math.min(at0, t.length);
      assert.equal(sepLength(t, at), /^[ \t]*(?:[.:\-–—]+[ \t]*)?/.exec(t.slice(at))![0].length);
    }), { numRuns: 3000 });
  });

  it('"(1)" and "(a)" read in code are the matches of their patterns', () => {
    const pieces = ['(', ')', '1', '12', '0', 'a', 'b', 'z', 'A', 'iv', '9a', ' ', '.', 'é', '٣', '(1)', '(a)', '(aa)'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map(a => a.join('')), t => {
      assert.equal(parenDigitLength(t), /^\((\d+[a-z]?)\)/.exec(t)?.[0].length ?? 0, t);
      assert.equal(parenLowerLength(t), /^\(([a-z]{1,2})\)/.exec(t)?.[0].length ?? 0, t);
    }), { numRuns: 5000 });
  });

  it('wordCount is s.split(/\\s+/).length', () => {
    fc.assert(fc.property(text, t => { assert.equal(wordCount(t), t.split(/\s+/).length); }), { numRuns: 3000 });
    for (const t of ['', ' ', 'a', ' a ', 'a  b', '\u00a0a\u3000b\ufeff']) assert.equal(wordCount(t), t.split(/\s+/).length, JSON.stringify(t));
  });

  it('a text with a letter a-z is never its own upper case (so looksLikeHeading need not upper-case it)', () => {
    const pieces = ['a', 'z', 'A', 'Z', 'ß', 'ﬁ', 'İ', 'ŉ', 'ǰ', 'ΐ', 'é', 'É', 'ς', 'Σ', '1', ' ', '.', '𝐀', '𐐨', '\ud800'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map(a => a.join('')), t => {
      if (/[a-z]/.test(t)) assert.notEqual(t.toUpperCase(), t);
    }), { numRuns: 5000 });
  });

  it('idSegment is num.replace(/[^\\w.]+/g, "_")', () => {
    fc.assert(fc.property(text, t => { assert.equal(idSegment(t), t.replace(/[^\w.]+/g, '_')); }), { numRuns: 3000 });
  });

  it('line classes found in place equal those of each line cut out and classified (random documents)', () => {
    fc.assert(fc.property(text, fc.constantFrom('en', 'fr', 'es', 'pt'), (t, lang) => {
      const f = fold(t);
      const lines = scanLines(t, f, lang, new Map());
      for (const ln of lines) {
        const lf = f.slice(ln.start, ln.end);
        assert.deepEqual(ln.cls, classify(lf.length > 4000 ? lf.slice(0, 200) : lf, t.slice(ln.start, Math.min(ln.end, ln.start + 200)), lang));
        // The in-place prefilter never refuses a line the line's own prefilter accepts.
        if (classify(lf, t.slice(ln.start, ln.end), lang).type !== 'text') assert.ok(mayOpenAt(f, ln.start));
      }
    }), { numRuns: 3000 });
  });

  it('a span the cue matches in holds one of its required literals (what windowHolders relies on)', () => {
    for (const lang of LANGS) {
      const lex = lexicon(lang);
      for (const id of Object.keys(lex.data.cues)) {
        const sets = lex.data.cues[id].map(requiredLiterals);
        const needles = sets.every(Boolean) ? (sets.flat() as string[]) : null;
        const words = [...(needles ?? []), 'exploitation', 'exploit', 'for the purpose', 'means', ' ', 'x', '"', '.', '\n', 'the term "exploitation" means'];
        const doc = fc.array(fc.constantFrom(...words), { maxLength: 25 }).map(a => a.join(''));
        fc.assert(fc.property(doc, fc.nat(200), fc.nat(200), (t, a, b) => {
          const s = Math.min(a, b, t.length), e = Math.min(Math.max(a, b), t.length);
          const may = needles === null || needles.some(n => t.slice(s, e).includes(n));
          setCaching(false);
          try { if (lex.test(id, t, s, e)) assert.ok(may, `${lang} ${id}: ${t.slice(s, e)}`); } finally { setCaching(true); }
        }), { numRuns: 60 });
      }
    }
  });

  it('windowHolders finds exactly the provisions whose opening holds a literal of the cue (random bills)', () => {
    const LINES = ['PART 1', 'Section 1. Interpretation', 'Section 2', '1. Exploitation', '(1) In this Act—', '(a) "exploitation" means forced labour;', '(b) the term exploitation includes slavery;',
      '(2) A person is exploited if—', 'for the purpose of exploitation', '"child" means a person under 18;', 'Exploitation', 'The meaning of exploitation is set out.', '(i) x', '(ii) y',
      'Every person who recruits, transports or harbours another for the purpose of exploitation commits an offence.', '', 'lorem ipsum ' + 'x '.repeat(200) + 'exploitation'];
    const bill = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 30 }).map(a => a.join('\n'));
    fc.assert(fc.property(bill, t => {
      const a = analyze(t, { format: 'bill' });
      const all = a.provisions, lex = a.lexFor(all[0] ?? a.root);
      const sets = lex.data.cues['exploitation-definition'].map(requiredLiterals);
      const needles = sets.flat() as string[];
      const expected = all.flatMap((p, i) => {
        const w = a.folded.slice(p.headerSpan.start, Math.min(ownEnd(p), p.bodyStart + 300));
        return needles.some(n => w.includes(n)) ? [i] : [];
      });
      assert.deepEqual(windowHolders(all, [lex], a.lexFor, a.folded, 'exploitation-definition'), expected);
    }), { numRuns: 300 });
  });

  it('on a long bill, windowHolders (from the literal index) lists every provision whose opening the cue matches', () => {
    const LINES = ['PART 1', 'Section 1. Interpretation', '(1) In this Act—', '(a) "exploitation" means forced labour;', '(b) the term exploitation includes slavery;',
      '(2) A person is exploited if—', '1. Exploitation', 'For the purposes of this Act exploitation includes the removal of organs.', '"child" means a person under 18;',
      'Every person who recruits, transports or harbours another for the purpose of exploitation commits an offence.', 'lorem ipsum ' + 'x '.repeat(200)];
    const bill = fc.array(fc.constantFrom(...LINES), { minLength: 200, maxLength: 400 }).map(a => a.join('\n').padEnd(21_000, ' x'));
    fc.assert(fc.property(bill, t => {
      clearCaches();
      const a = analyze(t, { format: 'bill', incremental: false });
      const all = a.provisions, lex = a.lexFor(all[0] ?? a.root);
      const held = new Set(windowHolders(all, [lex], a.lexFor, a.folded, 'exploitation-definition'));
      all.forEach((p, i) => {
        const w = a.folded.slice(p.headerSpan.start, Math.min(ownEnd(p), p.bodyStart + 300));
        if (lexicon('en').test('exploitation-definition', w)) assert.ok(held.has(i), `${p.label}: ${w.slice(0, 80)}`);
      });
    }), { numRuns: 15 });
  });

  it('a vote added up from inner spans and the text between them equals the vote over the whole span', () => {
    const words = ['the', 'of', 'la', 'de', 'que', 'le', 'persona', "l'article", 'personne', 'and', 'x', "'", ' ', '\n', '.', 'é', 'trafficking'];
    const doc = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 400 }).map(a => a.join(''));
    const cuts = fc.array(fc.nat(4000), { maxLength: 8 });
    for (const caching of [true, false]) {
      setCaching(caching);
      try {
        fc.assert(fc.property(doc, cuts, fc.constantFrom(...LANGS), (t, cs, fb) => {
          const xs = cs.map(x => x % (t.length + 1)).sort((a, b) => a - b);
          const inner = [];
          for (let i = 0; i + 1 < xs.length; i += 2) inner.push({ start: xs[i], end: xs[i + 1] });
          clearCaches();
          const whole = detectLanguage(t, 0, t.length, fb);
          clearCaches();
          assert.deepEqual(detectLanguage(t, 0, t.length, fb, inner), whole);
          assert.deepEqual(detectLanguage(t, 0, t.length, fb, inner.slice().reverse()), whole); // out of order: read whole
        }), { numRuns: 1500 });
      } finally { setCaching(true); }
    }
  });

  it('provision ids stay unique, and a nested id is its parent\'s id and one segment, when numbers repeat (random bills)', () => {
    const LINES = ['Section 1', 'Section 1', '1. Title', '(1) x', '(1) y', '(a) z', '(a) w', '(i) v', '(2) u', '"child" means x;', '"child" means y;', 'PART 1', 'PART 1', '§ 1º x', 'Article 2', ''];
    const bill = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }).map(a => a.join('\n'));
    fc.assert(fc.property(bill, t => {
      const a = analyze(t, { format: 'bill' });
      const ids = a.provisions.map(p => p.id);
      assert.equal(new Set(ids).size, ids.length, ids.join(' '));
      for (const p of a.provisions) {
        if (p.parent && p.parent.kind !== 'document' && p.id.includes('/')) assert.ok(p.id.startsWith(`${p.parent.id}/`) && !p.id.slice(p.parent.id.length + 1).includes('/'), p.id);
      }
    }), { numRuns: 500 });
  });
  it('lowerAsciiBytes, four bytes at a time, equals the byte loop it replaces (any bytes, any alignment)', () => {
    const edge = [0, 31, 32, 63, 64, 65, 77, 90, 91, 96, 97, 122, 123, 127, 128, 160, 192, 193, 218, 219, 224, 255];
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...edge));
    fc.assert(fc.property(fc.array(byte, { maxLength: 70 }), fc.nat(7), fc.nat(7), (bs, head, tail) => {
      const buf = new Uint8Array(head + bs.length + tail);
      buf.set(bs, head);
      const view = buf.subarray(head, head + bs.length), expected = Uint8Array.from(bs, c => (c >= 65 && c <= 90 ? c + 32 : c));
      lowerAsciiBytes(view);
      assert.deepEqual([...view], [...expected]);
      assert.deepEqual([...buf.subarray(0, head), ...buf.subarray(head + bs.length)], new Array(head + tail).fill(0)); // nothing outside it
    }), { numRuns: 5000 });
  });

  it('fold of a long text (the byte path) lowers exactly A-Z in its ASCII characters', () => {
    const chars = fc.constantFrom('A', 'M', 'Z', '@', '[', '`', '{', 'a', 'z', ' ', '\n', '1', '~', '\x7f', '\x00', 'É', 'é', '’');
    fc.assert(fc.property(fc.array(chars, { minLength: 1, maxLength: 200 }), fc.nat(3), (cs, pad) => {
      const t = ' '.repeat(pad) + cs.join('').repeat(Math.ceil(9000 / cs.length));
      assert.equal(fold(t), [...t].map(ch => (ch.charCodeAt(0) < 128 ? ch.replace(/[A-Z]/, c => c.toLowerCase()) : fold(ch))).join(''));
    }), { numRuns: 150 });
  });
  it('nested ids equal those counted by whole base string (few siblings compared in place, many in a Map; random bills)', () => {
    const LINES = ['Section 1', 'Section 1', '1. Title', '(1) x', '(1) y', '(2) u', '(a) z', '(a) w', '(b) v', '(i) v', '(ii) t', '"child" means x;', '"child" means y;', '"a" means z;',
      'PART 1', '§ 1º x', 'Article 2', 'First- x', 'Secondly- y', '(1A) q', '1) r', ''];
    const bill = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 60 }).map(a => a.join('\n'));
    const NESTING = ['section', 'subsection', 'paragraph', 'item', 'definition'];
    fc.assert(fc.property(bill, t => {
      const a = analyze(t, { format: 'bill' });
      const counts = new Map<string, number>();
      for (const p of flatten(a.root)) {
        const parent = p.parent!;
        if (parent.kind === 'document' || !NESTING.includes(parent.kind)) continue;
        const seg = p.kind === 'definition' ? `def-${p.term!.toLowerCase().replace(/\W+/g, '_')}` : idSegment(p.num!);
        const base = `${parent.id}/${seg}`, n = (counts.get(base) ?? 0) + 1;
        counts.set(base, n);
        assert.equal(p.id, n === 1 ? base : `${base}~${n}`);
      }
    }), { numRuns: 700 });
  });
  it('parenMarker read in place in a longer text equals classifyAll of the line cut out (lines opening with "(")', () => {
    const pieces = ['(', ')', '1', '12', 'a', 'b', 'i', 'v', 'x', 'A', 'B', 'I', 'iv', ' ', '\t', '.', '-', '—', ':', 'é', 'É', '(1)', '(a)', '(A)', '(iv)', '(ii)', '(IV)', '(1a)', 'x y'];
    const piece = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map(a => a.join(''));
    fc.assert(fc.property(piece, piece, piece, fc.constantFrom('en', 'fr', 'es', 'pt'), (before, t0, after, lang) => {
      const line = `(${t0}`, text = before + line + after, f = fold(text), at = before.length, lim = at + line.length;
      const inPlace = parenMarker(f, at, lim, text, at, lim);
      const cut = classifyAll(f.slice(at, lim), line, lang);
      // A line it reads is classified as it says; a line it leaves is neither "(1)" nor "(a)".
      if (inPlace) assert.deepEqual(inPlace, cut, line);
      else assert.ok(cut.type !== 'marker' || (cut.list !== 'paren-digit' && cut.list !== 'paren-lower' && cut.list !== 'paren-upper'), line);
    }), { numRuns: 5000 });
  });
  it('splitHeading with its prefilters (capital first, a heading end present) equals the patterns tried on every line', () => {
    const CUES = /\b(shall|means|includes|is|are|was|were|may|must|commits?|who|which|that|whoever|se|será|sera|est|sont|é|são|serán|podrá|deberá|doit|deve)\b/i;
    const reference = (rest: string, standsAlone: boolean): { heading?: string; bodyOffset: number } => {
      const t = rest.trimEnd();
      if (!t) return { bodyOffset: 0 };
      if (/^\[[^\]]{1,80}\]$/.test(t)) return { heading: t, bodyOffset: t.length };
      const m = /^([\p{Lu}][^.:;!?\n]{1,80}?)(?:\.|\s+[-–—]+|:)\s+(?=[\p{Lu}"“(¿]|\d)/u.exec(t);
      if (m && wordCount(m[1]) <= 10 && !CUES.test(m[1])) return { heading: m[1].trim(), bodyOffset: m[0].length };
      if (looksLikeHeading(t) && (!/\.$/.test(t) || wordCount(t) <= 4) && (standsAlone || !/\.$/.test(t) || wordCount(t) <= 4)) {
        return { heading: trimEndWhile(t, c => c === '.' || isSpace(c)), bodyOffset: t.length };
      }
      return { bodyOffset: 0 };
    };
    const pieces = ['Principios', 'Short title', 'A', 'É', 'é', 'a', '𝐀', '[', ']', '[heading]', '.', ':', ' ', '  ', '-', '–', '—', ' — ', '. ', ': ', 'La', 'Las víctimas', '“', '"', '(', '¿', '1', 'shall', 'means', ';', '!', '?', '\u00a0', '\t', 'x'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map(a => a.join('')), fc.boolean(), (t, alone) => {
      assert.deepEqual(splitHeading(t, alone), reference(t, alone), t);
    }), { numRuns: 8000 });
  });
  it('the provisions in the order the parser added them are the tree in document order (what flatten walked)', () => {
    const LINES = ['# Title', '## Part A', '### Sub', 'PART 1', 'CHAPTER II', 'Definitions', 'Section 1', 'Section 2. Heading', '1. Title', '2. Other', '(1) x', '(2) y', '(a) z', '(b) w', '(i) v', '(ii) u',
      '"child" means x;', 'Article 3', '§ 1º x', 'First- x', 'Consent', 'Body text.', ''];
    const bill = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 50 }).map(a => a.join('\n'));
    fc.assert(fc.property(bill, fc.constantFrom('bill', 'markdown') as fc.Arbitrary<'bill' | 'markdown'>, (t, format) => {
      const a = analyze(t, { format });
      const walked: typeof a.provisions = [];
      const walk = (p: typeof a.root) => { for (const c of p.children) { walked.push(c); walk(c); } };
      walk(a.root);
      assert.equal(flatten(a.root).length, walked.length);
      walked.forEach((p, i) => assert.equal(flatten(a.root)[i], p, p.id));
    }), { numRuns: 500 });
  });
  it('sectionNumbers equals the numbers read from each header line cut out and split (random bills, \\r\\n, headings above)', () => {
    const LINES = ['Section 1', 'Section 2. Heading', '1. Title', '279.01 (1) x', 'Art. 2º-A Texto', 'Art. 3º Texto', 'Artigo 1.º-B x', '45A. Non-punishment', '177  bis x', 'Consent', '(1) x', 'PART 1', '  12. Indented', '# Doc', '### Section 9 — X', ''];
    const bill = fc.tuple(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(([a, nl]) => a.join(nl));
    const PT = /^(\.?[º°])?-([A-Z])(?![A-Za-z])/;
    fc.assert(fc.property(bill, fc.constantFrom('bill', 'markdown') as fc.Arbitrary<'bill' | 'markdown'>, (t, format) => {
      const a = analyze(t, { format });
      const expected = new Set(flatten(a.root).filter(p => p.kind === 'section' && p.num).map(p => {
        let ls = p.headerSpan.start;
        while (ls > 0 && t[ls - 1] !== '\n' && t[ls - 1] !== '\r') ls--;
        const line = t.slice(ls, p.headerSpan.end).split(/\r?\n/)[0];
        const at = line.indexOf(p.num!);
        const m = at >= 0 ? PT.exec(line.slice(at + p.num!.length)) : null;
        return norm(m ? `${p.num}-${m[2]}` : p.num!);
      }));
      assert.deepEqual([...sectionNumbers(a.root, t)], [...expected]);
    }), { numRuns: 400 });
  });
  it('LineIndex.lineOf with its hint (the last answer, the line after) equals the last line start at or before the offset, in any order of questions', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n'), { maxLength: 40 }).map(a => a.join(''));
    fc.assert(fc.property(text, fc.array(fc.integer({ min: -3, max: 90 }), { maxLength: 30 }), (t, offsets) => {
      const idx = new LineIndex(t), starts: number[] = [];
      for (let l = 0; l < idx.lineCount; l++) starts.push(idx.lineStart(l));
      for (const o of [...offsets, ...offsets.slice().sort((a, b) => a - b)]) {
        let expected = 0;
        starts.forEach((s, l) => { if (s <= o) expected = l; });
        assert.equal(idx.lineOf(o), expected, `${JSON.stringify(t)} @${o}`);
      }
    }), { numRuns: 3000 });
  });
  it('detectWithSections equals detectLanguage asked of the part (sections inner) and then of each long section', () => {
    const words = ['the', 'of', 'la', 'de', 'que', 'le', 'persona', "l'article", 'personne', 'and', 'x', "'", ' ', '\n', '.', 'é', 'trafficking', 'o', 'los'];
    const doc = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 600 }).map(a => a.join(''));
    const cuts = fc.array(fc.nat(5000), { maxLength: 10 });
    for (const caching of [true, false]) for (const oneOff of [true, false]) {
      setCaching(caching);
      try {
        fc.assert(fc.property(doc, cuts, fc.nat(5000), fc.nat(5000), fc.constantFrom(...LANGS), fc.integer({ min: 0, max: 300 }), (t, cs, a, b, fb, min) => {
          const part = { start: Math.min(a, b, t.length), end: Math.min(Math.max(a, b), t.length) };
          const xs = cs.map(x => part.start + (x % (part.end - part.start + 1))).sort((p, q) => p - q);
          const sections: { start: number; end: number }[] = [];
          for (let i = 0; i + 1 < xs.length; i += 2) sections.push({ start: xs[i], end: xs[i + 1] });
          const run = <T>(f: () => T) => (oneOff ? withoutVersions(f) : f());
          clearCaches();
          const got = run(() => detectWithSections(t, part, sections, fb, min));
          clearCaches();
          const long = (s: { start: number; end: number }) => s.end - s.start >= min;
          const expected = run(() => ({
            part: long(part) ? detectLanguage(t, part.start, part.end, fb, sections.length ? sections : undefined) : undefined,
            sections: sections.map(s => (long(s) ? detectLanguage(t, s.start, s.end, fb) : undefined)),
          }));
          assert.deepEqual(got, expected);
        }), { numRuns: 700 });
      } finally { setCaching(true); }
    }
  });
  it('looksLikeHeading with its tests by character code and reordered equals the patterns in their first order', () => {
    const CUES = /\b(shall|means|includes|is|are|was|were|may|must|commits?|who|which|that|whoever|se|será|sera|est|sont|é|são|serán|podrá|deberá|doit|deve)\b/i;
    const NOTE = /\b(reformad[oa]|adicionad[oa]|derogad[oa]|DOF|inclu[ií]d[oa]|redação|revogad[oa]|amended by|inserted by|substituted by|repealed by|abrogé|modifié par)\b/i;
    const reference = (s: string): boolean => {
      const t = s.trim();
      if (t.length < 2 || t.length > 100) return false;
      if (!/^[\p{Lu}[“"«]/u.test(t)) return false;
      if (NOTE.test(t)) return false;
      if (/[;,:—–-]$/.test(t)) return false;
      const words = t.split(/\s+/).length;
      if (words > 14) return false;
      if (t === t.toUpperCase() && /\p{Lu}/u.test(t)) return true;
      if (/\.$/.test(t) && words > 10) return false;
      if (words <= 8 && !/[.!?]$/.test(t)) return true;
      return !CUES.test(t.replace(/\.$/, '')) || words <= 3;
    };
    const pieces = ['Consent', 'A', 'É', 'Σ', '𝐀', 'a', 'é', '[', '"', '“', '«', '(', '1', ' ', '  ', '\u00a0', '.', '!', '?', ';', ',', ':', '—', '–', '-', 'shall', 'is', 'Amended by', 'DOF', 'of the', 'PERSONS', 'x'.repeat(30), ' word', '\ud800'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map(a => a.join('')), t => {
      assert.equal(looksLikeHeading(t), reference(t), JSON.stringify(t));
    }), { numRuns: 10000 });
  });
  it('ordinal (numbers lower-cased only when they hold a capital or a character beyond ASCII) equals its form on num.toLowerCase()', () => {
    const LISTS: ListType[] = ['paren-digit', 'paren-lower', 'paren-roman', 'paren-upper', 'lower-paren', 'digit-paren', 'degree', 'upper-roman', 'digit-dot', 'section-sign', 'ordinal-word'];
    const reference = (list: ListType, num: string) => {
      const n = num.toLowerCase();
      switch (list) {
        case 'paren-lower': case 'lower-paren': case 'paren-upper': return n.length === 2 && n[0] === n[1] ? 26 + n.charCodeAt(0) - 96 : n.charCodeAt(0) - 96;
        case 'paren-roman': case 'upper-roman': return roman(n);
        default: return parseInt(n, 10) || 0;
      }
    };
    const chars = fc.constantFrom('a', 'b', 'z', 'A', 'Z', 'i', 'v', 'x', 'I', 'V', 'X', 'l', 'c', '1', '9', '0', ' ', 'İ', 'É', 'é', 'ß', '٣');
    fc.assert(fc.property(fc.constantFrom(...LISTS), fc.array(chars, { maxLength: 5 }).map(a => a.join('')), (list, num) => {
      assert.ok(Object.is(ordinal(list, num), reference(list, num)), `${list} ${num}`);
    }), { numRuns: 5000 });
  });
  it('LineIndex answers as the line starts found by splitting the text at "\\r\\n", "\\n" and "\\r" (any number of lines)', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', '\n\n', 'x'.repeat(70)), { maxLength: 80 }).map(a => a.join(''));
    fc.assert(fc.property(text, fc.array(fc.integer({ min: -2, max: 3000 }), { maxLength: 20 }), fc.array(fc.record({ line: fc.integer({ min: -1, max: 90 }), character: fc.integer({ min: -1, max: 90 }) }), { maxLength: 10 }), (t, offsets, positions) => {
      const idx = new LineIndex(t), starts = [0];
      for (const m of t.matchAll(/\r\n|\n|\r/g)) starts.push(m.index! + m[0].length);
      assert.equal(idx.lineCount, starts.length);
      starts.forEach((s, l) => {
        assert.equal(idx.lineStart(l), s);
        const next = l + 1 < starts.length ? starts[l + 1] : t.length;
        assert.equal(idx.lineEnd(l), l + 1 < starts.length ? t.slice(s, next).replace(/\r?\n$|\r$/, '').length + s : t.length);
      });
      assert.equal(idx.lineStart(starts.length + 5), starts[starts.length - 1]);
      for (const o of offsets) {
        const c = Math.max(0, Math.min(o, t.length));
        let line = 0;
        starts.forEach((s, l) => { if (s <= c) line = l; });
        assert.deepEqual(idx.position(o), { line, character: c - starts[line] });
      }
      for (const p of positions) {
        const line = Math.max(0, Math.min(p.line, starts.length - 1));
        assert.equal(idx.offset(p), Math.min(starts[line] + Math.max(0, p.character), idx.lineEnd(line)));
      }
    }), { numRuns: 2000 });
  });
  it('cleanNum (last mark dropped by code, blanks handled only when present) equals its patterns', () => {
    const chars = fc.constantFrom('1', '2', '.', '-', 'a', 'A', 'o', '°', 'º', ' ', '  ', '\t', '\u00a0', '\u3000', '\ufeff', '\n', 'bis', 'É');
    fc.assert(fc.property(fc.array(chars, { maxLength: 8 }).map(a => a.join('')), fc.array(chars, { maxLength: 8 }).map(a => a.join('')), (f, o) => {
      const s = o.length === f.length ? o : f;
      assert.equal(cleanNum(f, o), s.replace(/[o°º]$/, '').replace(/\s+/g, ' ').trim(), JSON.stringify([f, o]));
    }), { numRuns: 5000 });
  });
});
