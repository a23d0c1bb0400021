import assert from 'node:assert/strict';
import { analyzeFixture, outline, find, lineOf } from '../helpers';
import { analyze } from '../../server/src/core/analysis';

describe('structure parser', () => {
  it('parses a common-law act: parts, numbered sections with headings, definitions, nested lists', () => {
    const a = analyzeFixture('structure/common-law.txt');
    assert.deepEqual(outline(a), [
      'part PART I | PRELIMINARY',
      '  section Section 1 | Short title',
      '  section Section 2 | Interpretation',
      '    definition “child”',
      '    definition “exploitation”',
      '      paragraph (a)',
      '      paragraph (b)',
      '    definition “trafficking in persons”',
      'part PART II | OFFENCES',
      '  section Section 3 | Trafficking in persons',
      '    subsection (1)',
      '    subsection (2)',
      '      paragraph (a)',
      '        item (i)',
      '        item (ii)',
      '      paragraph (b)',
    ]);
    const s3 = find(a, p => p.kind === 'section' && p.num === '3');
    assert.equal(a.lines.position(s3.start).line, lineOf(a, '3. Trafficking'));
    assert.ok(a.text.slice(0, s3.end).endsWith('(b) second paragraph.'));
    const child = find(a, p => p.term === 'child');
    assert.equal(a.text.slice(child.start, child.end), '"child" means a person under the age of eighteen years;');
  });

  it('takes a short line before a provision as its heading (UK cross-headings, Canadian marginal notes)', () => {
    const a = analyzeFixture('structure/uk-style.txt');
    assert.deepEqual(outline(a), [
      'part PART 1 | OFFENCES',
      '  section Section 1 | Slavery and servitude',
      '    subsection (1)',
      '  section Section 2 | Human trafficking',
      '    subsection (1)',
      '    subsection (2) | Consent',
    ]);
    const c = analyzeFixture('structure/canada-style.txt');
    assert.deepEqual(outline(c), [
      'section Section 279.01 | Trafficking in persons',
      '  subsection (1)',
      '  subsection (2) | Consent',
      'section Section 279.011 | Trafficking of a person under the age of eighteen years',
      '  subsection (1)',
    ]);
    const s = find(c, p => p.num === '279.01');
    assert.equal(c.lines.position(s.start).line, 0, 'the heading line belongs to the section');
  });

  it('parses civil-law numbering: TÍTULO/CAPÍTULO, ARTÍCULO 10.-, "177 bis", roman fractions, a), 1.º', () => {
    const a = analyzeFixture('structure/spanish-style.txt', { settings: { language: 'es' } });
    assert.deepEqual(outline(a), [
      'title TÍTULO PRIMERO | De la trata',
      '  chapter CAPÍTULO I | Definiciones',
      '    section ARTÍCULO 10',
      '      paragraph I',
      '      paragraph II',
      '        paragraph a)',
      '        paragraph b)',
      '    section Artículo 177 bis',
      '      subsection 1',
      '      subsection 2',
      '        paragraph 1.º',
    ]);
  });

  it('parses French codes: "Section 1 bis" as a division, "I. -" and "1°" inside articles', () => {
    const a = analyzeFixture('structure/french-style.txt', { settings: { language: 'fr' } });
    assert.deepEqual(outline(a), [
      'division Section 1 bis | De la traite des êtres humains',
      '  section Article 225-4-1',
      '    paragraph I.',
      '      paragraph 1°',
      '      paragraph 2°',
      '    paragraph II.',
    ]);
  });

  it('parses Brazilian articles: "Art. 149-A.", incisos "I -", "§ 1º" and "Parágrafo único"', () => {
    const a = analyzeFixture('structure/portuguese-style.txt', { settings: { language: 'pt' } });
    assert.deepEqual(outline(a), [
      'section Art. 149-A',
      '  paragraph I',
      '  paragraph II',
      '  subsection § 1º',
      '    paragraph I',
      '  subsection § 2º',
      'section Art. 1',
      '  subsection Parágrafo único',
    ]);
  });

  it('reads Markdown headings and ignores markup and comments, keeping offsets exact', () => {
    const a = analyzeFixture('structure/markdown-style.md');
    const lines = outline(a);
    assert.equal(lines[0], 'division Sample Bill');
    assert.ok(lines.some(l => /part Part 2 \| Offences/.test(l)), lines.join('\n'));
    assert.ok(lines.some(l => /section Section 3 \| Trafficking in persons/.test(l)), lines.join('\n'));
    assert.equal(a.view.text.length, a.text.length);
    assert.ok(!a.view.text.includes('<!--'));
    const i = a.text.indexOf('recruits');
    assert.equal(a.view.text.slice(i, i + 8), 'recruits');
  });

  it('reads Akoma Ntoso XML through an offset-preserving view', () => {
    const a = analyzeFixture('structure/akn.xml');
    assert.equal(a.format, 'akn');
    const s = find(a, p => p.kind === 'section');
    assert.equal(s.num, '3');
    assert.equal(s.heading, 'Trafficking in persons');
    assert.ok(a.coverage['definition.found'].present);
    assert.ok(a.coverage['act.harbouring'].present);
    const r = a.coverage['act.harbouring'].range!;
    const off = a.lines.offset(r.start);
    assert.equal(a.text.slice(off, off + 8), 'harbours');
    assert.ok(!a.findings.some(f => f.code === 'input-malformed'));
  });

  it('reports malformed XML without failing', () => {
    const a = analyzeFixture('structure/akn.xml');
    const broken = a.text.replace('</subsection>', '');
    const b = analyze(broken, { format: 'akn' });
    assert.ok(b.findings.some(f => f.code === 'input-malformed'));
  });
});
