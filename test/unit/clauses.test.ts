import assert from 'node:assert/strict';
import { clauseFor, clauses, plain } from '../../server/src/core/clauses';
import { paragraph } from '../../server/src/core/declaration';
import { ruleMeta } from '../../server/src/core/rules/registry';
import { LANGS } from '../../server/src/core/types';
import { checkSnippet } from '../snippetSyntax';
import { analyze } from '../../server/src/core/analysis';
import type { Lang } from '../../server/src/core/types';

const HEAD: Record<Lang, [string, (n: number, h: string) => string]> = {
  en: ['TRAFFICKING IN PERSONS ACT\n\nPART I\n\n1. Interpretation\nIn this Act, unless the context otherwise requires—', (n, h) => `${n}. ${h}`],
  fr: ['LOI RELATIVE À LA TRAITE DES PERSONNES\n\nArticle 1 – Définitions\nAu sens de la présente loi, on entend par :', (n, h) => `Article ${n} – ${h}`],
  es: ['LEY CONTRA LA TRATA DE PERSONAS\n\nArtículo 1. Definiciones\nPara los efectos de esta ley se entenderá por:', (n, h) => `Artículo ${n}. ${h}`],
  pt: ['LEI DE COMBATE AO TRÁFICO DE PESSOAS\n\nArtigo 1.º – Definições\nPara efeitos desta lei, entende-se por:', (n, h) => `Artigo ${n}.º – ${h}`],
};

/** billOfAllClauses: the definitions in article 1, then every other clause as its own numbered section. */
function billOfAllClauses(lang: Lang): string {
  const cs = clauses(lang);
  const [head, header] = HEAD[lang];
  const lines = [head, ...cs.filter(c => c.part === 'definitions').flatMap(c => plain(c.body))];
  cs.filter(c => c.part !== 'definitions').forEach((c, i) => lines.push('', header(i + 2, c.heading), ...plain(c.body)));
  return lines.join('\n') + '\n';
}

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

  for (const lang of LANGS) {
    it(`${lang}: a bill made of every model clause resolves every code the clauses name`, () => {
      const a = analyze(billOfAllClauses(lang), { settings: { language: lang } });
      const found = new Set(a.findings.map(f => f.code));
      const unresolved = clauses(lang).flatMap(c => c.codes.filter(k => found.has(k)).map(k => `${c.id}: ${k}`));
      assert.deepEqual(unresolved, []);
      assert.ok(!a.findings.some(f => f.severity === 'error'), a.findings.filter(f => f.severity === 'error').map(f => f.code).join(', '));
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
