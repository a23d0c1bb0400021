import assert from 'node:assert/strict';
import { declaration, paragraph, cite, quote, footnote } from '../../server/src/core/declaration';

describe('declaration data (A/RES/72/1)', () => {
  it('has paragraphs 1–26 in order, with 11(a) and 11(b) as sub-paragraphs', () => {
    const top = declaration.paragraphs.filter(p => !p.parent);
    assert.deepEqual(top.map(p => p.number), Array.from({ length: 26 }, (_, i) => i + 1));
    assert.deepEqual(declaration.paragraphs.filter(p => p.parent).map(p => p.id), ['11(a)', '11(b)']);
    for (const p of declaration.paragraphs) {
      assert.ok(p.text.length > 40, `para ${p.id} has text`);
      assert.ok(p.subject.length > 5, `para ${p.id} has a subject`);
      assert.ok(!/[¹²³⁴⁵⁶⁷*]/.test(p.text), `para ${p.id} carries no extraction artefacts`);
    }
  });

  it('repairs the extraction artefacts: para 24 joined, lost footnote markers restored, "Ibid." spelt out', () => {
    assert.match(paragraph('24')!.text, /in combating trafficking in persons, and welcome their continued efforts/);
    assert.deepEqual(paragraph('24')!.footnotes, [7]);
    assert.deepEqual(paragraph('2')!.footnotes, [2]);
    assert.deepEqual(paragraph('18')!.footnotes, [6]);
    assert.match(paragraph('18')!.text, /Refugees and Migrants, in which/);
    assert.deepEqual(paragraph('5')!.footnotes, [4, 5]);
    assert.equal(footnote(5), 'United Nations, Treaty Series, vol. 2237, No. 39574.');
    assert.equal(footnote(7), 'Resolution 48/134, annex.');
  });

  it('paragraph 7 restates the Protocol definition and 8 commits to non-penalization', () => {
    assert.match(paragraph('7')!.text, /recruitment, transportation, transfer, harbouring or receipt of persons/);
    assert.match(paragraph('8')!.text, /identified victims are not penalized for having been trafficked/);
  });

  it('renders citations as "A/RES/72/1, para N" and quotes with emphasis', () => {
    assert.equal(cite('7'), 'A/RES/72/1, para 7');
    assert.equal(cite('11(a)'), 'A/RES/72/1, para 11(a)');
    assert.ok(paragraph('11(A)'));
    const q = quote('7', ['harbouring']);
    assert.match(q, /\*\*harbouring\*\*/);
    assert.match(q, /A\/RES\/72\/1, para 7/);
    assert.equal(paragraph('27'), undefined);
  });
});
