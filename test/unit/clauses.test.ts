import assert from 'node:assert/strict';
import { clauseFor, clauses, plain } from '../../server/src/core/clauses';
import { paragraph } from '../../server/src/core/declaration';
import { ruleMeta } from '../../server/src/core/rules/registry';
import { LANGS } from '../../server/src/core/types';
import { checkSnippet } from '../snippetSyntax';

describe('model clauses (data/clauses)', () => {
  const en = clauses('en');

  it('English has the full set of model clauses with unique ids', () => {
    assert.ok(en.length >= 40, `only ${en.length} clauses`);
    assert.equal(new Set(en.map(c => c.id)).size, en.length);
    for (const id of ['definition-trafficking', 'definition-exploitation', 'offence-child-trafficking', 'consent-irrelevance',
      'non-penalization', 'assistance', 'identification-referral', 'protection-in-proceedings', 'privacy', 'residence-reflection',
      'compensation', 'repatriation', 'child-best-interests', 'data-collection', 'training', 'ict', 'supply-chains',
      'national-rapporteur', 'penalties', 'attempt-participation', 'demand', 'mutual-legal-assistance', 'money-laundering', 'organ-removal']) {
      assert.ok(en.some(c => c.id === id), id);
    }
  });

  for (const lang of LANGS) {
    it(`${lang}: same clause ids, parts, codes and paragraphs as English`, () => {
      const cs = clauses(lang);
      assert.deepEqual(cs.map(c => c.id), en.map(c => c.id));
      for (const c of cs) {
        const e = en.find(x => x.id === c.id)!;
        assert.equal(c.part, e.part, c.id);
        assert.deepEqual(c.codes, e.codes, c.id);
        assert.deepEqual(c.paragraphs, e.paragraphs, c.id);
      }
    });

    it(`${lang}: every code is a registry rule and every paragraph exists in the declaration`, () => {
      for (const c of clauses(lang)) {
        for (const code of c.codes) assert.ok(ruleMeta(code), `${c.id}: unknown rule code ${code}`);
        for (const p of c.paragraphs) assert.ok(paragraph(p), `${c.id}: unknown paragraph ${p}`);
      }
    });

    it(`${lang}: bodies are valid snippets whose defaults give plain text`, () => {
      for (const c of clauses(lang)) {
        assert.ok(c.body.length > 0 && c.heading.trim() && c.title.trim(), c.id);
        assert.deepEqual(checkSnippet(c.body), [], c.id);
        for (const line of plain(c.body)) assert.doesNotMatch(line, /\$|\{|\}|\|/, `${c.id}: ${line}`);
      }
    });
  }

  it('prefixes are unique across all languages', () => {
    const all = LANGS.flatMap(l => clauses(l).flatMap(c => c.prefix));
    assert.equal(new Set(all).size, all.length);
  });

  it('every registry code a clause names resolves back to that clause (clauseFor)', () => {
    for (const c of en) for (const code of c.codes) assert.equal(clauseFor(code, 'fr')?.id, c.id);
  });
});
