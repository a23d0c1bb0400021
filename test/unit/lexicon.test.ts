import assert from 'node:assert/strict';
import { fold } from '../../server/src/core/text/fold';
import { lexicon } from '../../server/src/core/lexicon';
import { nonCapturing } from '../../server/src/core/lexicon/compile';
import { LANGS } from '../../server/src/core/types';

const keysIn = (lang: 'en' | 'fr' | 'es' | 'pt', text: string) => lexicon(lang).scan(fold(text)).map(m => m.key);

describe('folding and lexicons', () => {
  it('folds case, accents and typographic punctuation without changing the length', () => {
    const s = 'ÉTÉ — “Hébergement” d’une «personne»  Ñandú ÇA œuvre';
    const f = fold(s);
    assert.equal(f.length, s.length);
    assert.equal(f, 'ete - "hebergement" d\'une "personne"  nandu ca œuvre');
    const astral = 'a\u{1F600}b';
    assert.equal(fold(astral).length, astral.length);
  });

  it('recognises inflections and spelling variants of the acts', () => {
    assert.deepEqual(keysIn('en', 'recruits, transported, transferring, harbors or receipt'),
      ['act.recruitment', 'act.transportation', 'act.transfer', 'act.harbouring', 'act.receipt']);
    assert.deepEqual(keysIn('fr', 'recrute, transporte, transfère, héberge ou accueille'),
      ['act.recruitment', 'act.transportation', 'act.transfer', 'act.harbouring', 'act.receipt']);
    assert.deepEqual(keysIn('es', 'capte, transporte, traslade, acoja o reciba'),
      ['act.recruitment', 'act.transportation', 'act.transfer', 'act.harbouring', 'act.receipt']);
    assert.deepEqual(keysIn('pt', 'recrutar, transportar, transferir, alojar ou acolher'),
      ['act.recruitment', 'act.transportation', 'act.transfer', 'act.harbouring', 'act.receipt']);
  });

  it('prefers the longest phrase: "practices similar to slavery" is not "slavery"', () => {
    assert.deepEqual(keysIn('en', 'practices similar to slavery'), ['purpose.practices_similar_to_slavery']);
    assert.deepEqual(keysIn('en', 'the threat or use of force'), ['means.threat', 'means.force']);
  });

  it('avoids the traps: harbour master, receipt of the report, transfer of property, entry into force, organs of the State', () => {
    assert.deepEqual(keysIn('en', 'the harbour master'), []);
    assert.deepEqual(keysIn('en', 'on receipt of the report'), []);
    assert.deepEqual(keysIn('en', 'the transfer of property'), []);
    assert.deepEqual(keysIn('en', 'This Act comes into force'), []);
    assert.deepEqual(keysIn('en', 'any organ of the State'), []);
  });

  it('keeps capture groups out of lexicon patterns', () => {
    assert.equal(nonCapturing(String.raw`(a|b)[(]\(c)`), String.raw`(?:a|b)[(]\(c)`);
    for (const l of LANGS) assert.ok(lexicon(l).scan('x').length === 0);
  });
});
