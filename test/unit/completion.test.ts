import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import { completionsAt, type ClauseCandidate } from '../../server/src/core/completion';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers';

const example = (f: string) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8');

describe('completion candidates (core)', () => {
  it('heads a clause like a one-line article without copying the article’s text (Spanish)', () => {
    const text = example('proyecto-de-ley-es.bill') + '\n';
    const c = completionsAt(analyze(text, { format: 'bill' }), text.length) as ClauseCandidate[];
    assert.equal(c[0].clause.id, 'offence-child-trafficking');
    assert.equal(c[0].header, 'Artículo 5.- Trata de niños, niñas y adolescentes.');
    assert.match(c[0].snippet, /^Artículo 5\.- Trata de niños, niñas y adolescentes\.\nLa captación/);
  });

  it('numbers French articles in the bill’s style and offers French clauses', () => {
    const text = example('projet-de-loi-fr.bill') + '\n';
    const c = completionsAt(analyze(text, { format: 'bill' }), text.length) as ClauseCandidate[];
    assert.equal(c[0].header, 'Article 5 – Traite des personnes à l\'égard des enfants');
    assert.deepEqual(c[0].missing, ['child-means-required']);
  });

  it('completes citations from "¶" and "A/RES/72/1, para" as well as "para"', () => {
    for (const typed of ['see ¶ 1', 'see A/RES/72/1, para 1', 'see para 1']) {
      const a = analyze(typed, { format: 'bill' });
      const c = completionsAt(a, typed.length);
      assert.equal(c[0].kind, 'citation');
      assert.equal((c[0] as { id: string }).id, '1');
      assert.equal(c[0].replace.start, typed.indexOf(typed.includes('A/RES') ? 'A/RES' : typed.includes('¶') ? '¶' : 'para'));
    }
  });
});

describe('Protocol citation completion (core)', () => {
  it('"Protocol, art. 6" lists article 6 and its paragraphs with their subjects', () => {
    const typed = 'as required by Protocol, art. 6';
    const c = completionsAt(analyze(typed, { format: 'bill' }), typed.length) as { id: string; label: string; subject: string; replace: { start: number } }[];
    assert.deepEqual(c.map(x => x.id), ['6', '6(1)', '6(2)', '6(3)', '6(4)', '6(5)', '6(6)']);
    assert.equal(c[0].label, 'Protocol, art. 6');
    assert.equal(c[6].subject, 'Compensation');
    assert.equal(c[0].replace.start, typed.indexOf('Protocol'));
  });
});
