import assert from 'node:assert/strict';
import { findCitations } from '../../server/src/core/declaration/citations';
import { searchDeclaration } from '../../server/src/core/declaration/search';
import { protocolArticle } from '../../server/src/core/declaration/protocol';
import { declaration } from '../../server/src/core/declaration';
import { fold } from '../../server/src/core/text/fold';

describe('declaration citations and search', () => {
  it('finds declaration and Protocol citations in their usual forms, with exact spans', () => {
    const t = 'See A/RES/72/1, para 8; Declaration ¶7; para. 16; Protocol, art. 3; article 6(3) of the Protocol; paragraphe 19 de la déclaration; A/RES/72/1, para 11(a). Not: paragraph (2), section 3(1), para 99.';
    const got = findCitations(fold(t)).map(c => `${c.kind}:${c.id}:${t.slice(c.span.start, c.span.end)}`);
    assert.deepEqual(got, [
      'declaration:8:A/RES/72/1, para 8', 'declaration:7:Declaration ¶7', 'declaration:16:para. 16',
      'protocol:3:Protocol, art. 3', 'protocol:6(3):article 6(3) of the Protocol',
      'declaration:19:paragraphe 19 de la déclaration', 'declaration:11(a):A/RES/72/1, para 11(a)',
    ]);
  });

  it('ranks paragraphs by fuzzy match on phrases, subjects and text, in four languages and with typos', () => {
    assert.equal(searchDeclaration('non penalisation')[0].id, '8');
    assert.equal(searchDeclaration('data protecton')[0].id, '16');
    assert.equal(searchDeclaration('supply chain')[0].id, '25');
    assert.equal(searchDeclaration('prélèvement d\'organes')[0].id, '23');
    assert.equal(searchDeclaration('interés superior del niño')[0].id, '19');
    assert.deepEqual(searchDeclaration('para 11').slice(0, 3).map(h => h.id), ['11', '11(a)', '11(b)']);
    assert.equal(searchDeclaration('8')[0].citation, 'A/RES/72/1, para 8');
  });

  it('lists every paragraph for an empty query and resolves every Protocol article a paragraph names', () => {
    assert.equal(searchDeclaration('', 100).length, declaration.paragraphs.length);
    for (const p of declaration.paragraphs) for (const r of p.protocol.filter(x => x.startsWith('Protocol'))) {
      assert.ok(protocolArticle(r.replace(/^Protocol,\s*art\.\s*/, '')), r);
    }
  });
});
