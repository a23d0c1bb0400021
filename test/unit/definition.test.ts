// Definition scope and element detection: the false-positive traps of DOMAIN §1.7, cross-references resolved
// before an element is judged absent, and per-provision language. Assertions on codes, coverage and lines only.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import { lineOf } from '../helpers';

const bill = (offence: string, extra = '') => `TRAFFICKING BILL\n\n1. Trafficking in persons\n(1) ${offence}\n${extra}`;
const has = (a: ReturnType<typeof analyze>, code: string) => a.findings.some(f => f.code === code);

describe('definition checker', () => {
  describe('traps (DOMAIN §1.7): look-alike words are not elements', () => {
    it('"harbour master" is not harbouring', () => {
      const a = analyze(bill('A person who recruits, transports or receives another person by means of force for the purpose of exploitation commits the offence of trafficking in persons.', '(2) The harbour master shall report any person found on board a vessel.'));
      assert.equal(a.coverage['act.harbouring'].present, false);
      assert.ok(has(a, 'act-harbouring-missing'));
    });
    it('"receipt of the report" and "receives assistance" are not receipt of persons', () => {
      const a = analyze(bill('A person who recruits, transports or harbours another person by means of force for the purpose of exploitation commits the offence of trafficking in persons, and on receipt of the report the court receives assistance from the Minister.'));
      assert.equal(a.coverage['act.receipt'].present, false);
      assert.ok(has(a, 'act-receipt-missing'));
    });
    it('"transfer of property" is not transfer of persons', () => {
      const a = analyze(bill('A person who recruits, transports, harbours or receives another person by means of force for the purpose of exploitation commits the offence of trafficking in persons and is liable to the transfer of property to the State.'));
      assert.equal(a.coverage['act.transfer'].present, false);
      assert.ok(has(a, 'act-transfer-missing'));
    });
    it('"organ of the State" is not removal of organs', () => {
      const a = analyze(bill('A person who recruits, transports, transfers, harbours or receives another person by means of force for the purpose of sexual exploitation or forced labour commits the offence of trafficking in persons, as determined by any organ of the State.'));
      assert.equal(a.coverage['purpose.removal_of_organs'].present, false);
      assert.ok(has(a, 'purpose-organ-removal-missing'));
    });
    it('road traffic is not trafficking: no offence is found in a traffic act', () => {
      const a = analyze('ROAD TRAFFIC BILL\n\n1. Offences\nA person who transports passengers or receives goods in breach of the road traffic rules commits an offence and is liable to a fine.\n');
      assert.equal(a.coverage['definition.found'].present, false);
      assert.ok(!has(a, 'act-recruitment-missing'));
    });
    it('a word outside the offence does not count: "servitude" in a victims section', () => {
      const a = analyze(bill('A person who recruits, transports, transfers, harbours or receives another person by means of force for the purpose of sexual exploitation commits the offence of trafficking in persons.', '\n2. Victims\nVictims of servitude shall receive assistance.'));
      assert.equal(a.coverage['purpose.servitude'].present, false);
    });
  });

  describe('scope: elements defined elsewhere are resolved before judging absence', () => {
    it('follows "as defined in section 2" into the definitions section', () => {
      const text = 'BILL\n\n1. Trafficking in persons\nA person who recruits, transports, transfers, harbours or receives another person by means of force or coercion, as defined in section 2, for the purpose of exploitation commits the offence of trafficking in persons.\n\n2. Interpretation\nIn this Act—\n"coercion" includes abduction, fraud, deception and the abuse of power or of a position of vulnerability;\n"exploitation" includes the exploitation of the prostitution of others, forced labour or services, slavery, practices similar to slavery, servitude and the removal of organs.\n';
      const a = analyze(text);
      for (const k of ['purpose.removal_of_organs', 'purpose.servitude', 'means.fraud', 'means.abuse_of_vulnerability']) assert.equal(a.coverage[k].present, true, k);
      assert.ok(!has(a, 'purpose-organ-removal-missing'));
    });
    it('follows two hops: offence → meaning of exploitation → the slavery offence it names', () => {
      const text = 'BILL\n\n1 Slavery\nA person who holds another person in slavery or servitude, or requires another person to perform forced or compulsory labour, commits an offence.\n\n2 Human trafficking\n(1) A person commits an offence if the person recruits, transports, transfers, harbours or receives another person with a view to that person being exploited.\n\n3 Meaning of exploitation\nFor the purposes of section 2 a person is exploited if the person is the victim of behaviour which involves the commission of an offence under section 1, or is subjected to sexual exploitation or the removal of organs.\n';
      const a = analyze(text);
      for (const k of ['purpose.slavery', 'purpose.servitude', 'purpose.forced_labour_or_services', 'purpose.removal_of_organs']) assert.equal(a.coverage[k].present, true, k);
    });
    it('French "au sens de l\'article" and Spanish "en los términos del artículo" are followed', () => {
      const fr = analyze("PROJET DE LOI\n\nArticle 1\nLa traite des personnes est le fait de recruter, de transporter, de transférer, d'héberger ou d'accueillir une personne, par la menace, la contrainte ou la tromperie, à des fins d'exploitation au sens de l'article 2. Elle est punie de dix ans d'emprisonnement.\n\nArticle 2\nL'exploitation comprend le travail forcé, l'esclavage, la servitude et le prélèvement d'organes.\n");
      assert.equal(fr.coverage['purpose.removal_of_organs'].present, true);
      const es = analyze('PROYECTO DE LEY\n\nArtículo 1. Trata de personas\nComete el delito de trata de personas quien capte, transporte, traslade, acoja o reciba a una persona, mediante violencia o engaño, con fines de explotación en los términos del artículo 2, y será castigado con prisión.\n\nArtículo 2. Explotación\nSe entiende por explotación la esclavitud, la servidumbre, los trabajos forzados y la extracción de órganos.\n');
      assert.equal(es.coverage['purpose.servitude'].present, true);
    });
    it('finds exploitation defined in its own words in another article ("se entiende por explotación")', () => {
      const a = analyze('LEY\n\nArtículo 1. A los fines de esta ley se entiende por explotación la reducción a esclavitud o servidumbre, los trabajos forzados, la prostitución ajena y la extracción de órganos.\n\nArtículo 2. El que captare, transportare, trasladare, acogiere o recibiere personas con fines de explotación será reprimido con prisión de cuatro a ocho años.\n');
      for (const k of ['purpose.servitude', 'purpose.removal_of_organs', 'purpose.prostitution_of_others']) assert.equal(a.coverage[k].present, true, k);
    });
    it('reads "Art. 12quater" / "§ 1er" numbering and "constitue l\'infraction"', () => {
      const a = analyze("CODE\n\nArt. 12quater.\n§ 1er. Constitue l'infraction de traite des êtres humains le fait de recruter, de transporter, de transférer, d'héberger ou d'accueillir une personne à des fins d'exploitation sexuelle ou de travail forcé.\n§ 2. L'infraction est punie de dix ans d'emprisonnement.\n");
      assert.equal(a.coverage['definition.found'].present, true);
      assert.equal(a.coverage['act.receipt'].present, true);
    });
    it('reads a lettered list of acts as one unit and the section that defines exploitation "for the purposes of section 1"', () => {
      const a = analyze('BILL\n\n1 Offence of human trafficking\n(1) A person commits an offence if the person takes a relevant action with a view to another person being exploited.\n(2) A "relevant action" is any of the following—\n(a) the recruitment of another person,\n(b) the transportation or transfer of another person,\n(c) the harbouring or receiving of another person.\n(3) It is irrelevant whether the other person consents to any part of the relevant action.\n\n2 Exploitation for purposes of section 1\n(1) For the purposes of section 1, a person is exploited if one or more of subsections (2) to (4) apply.\n(2) The person is subjected to slavery, servitude or forced or compulsory labour.\n(3) The person is subjected to prostitution or other sexual exploitation.\n(4) The person is required to do anything in connection with the removal of organs.\n');
      for (const k of ['act.recruitment', 'act.receipt', 'purpose.servitude', 'purpose.removal_of_organs', 'consent.irrelevant']) assert.equal(a.coverage[k].present, true, k);
      assert.ok(!has(a, 'act-recruitment-missing'));
    });
    it('a section headed as the trafficking offence is the offence even when it punishes a single act', () => {
      const a = analyze('CODE\n\n12 Offence of trafficking in persons\n(1) A person commits an offence of trafficking in persons if:\n(a) the person organises the receipt of another person; and\n(b) the person uses coercion or deception.\nPenalty: imprisonment for 12 years.\n');
      assert.equal(a.coverage['definition.found'].present, true);
      assert.ok(!has(a, 'offence-missing'));
      for (const c of ['act-recruitment-missing', 'def-purpose-missing']) assert.ok(has(a, c), c);
    });
    it('reads an article numbered in words ("Article premier") as the offence', () => {
      const a = analyze("LOI\n\nArticle premier. - Est puni de dix ans d'emprisonnement le fait de recruter, de transporter, de transférer ou d'héberger des personnes, par la violence ou la tromperie, aux fins de les soumettre au travail forcé ou à l'esclavage.\n");
      assert.equal(a.coverage['definition.found'].present, true);
      assert.ok(has(a, 'act-receipt-missing'));
    });
    it('a reference to another instrument ("section 1 of the Children Act") is not this bill\'s section 1', () => {
      const a = analyze('BILL\n\n1. Registers\nThe Registrar shall keep registers of slavery, servitude and forced labour cases.\n\n2. Trafficking in persons\nA person who recruits, transports, transfers, harbours or receives another person by means of force for the purpose of exploitation, as defined in section 1 of the Children Act, commits the offence of trafficking in persons.\n');
      assert.equal(a.coverage['purpose.servitude'].present, false);
    });
    it('means that only aggravate the penalty are not elements of the offence', () => {
      const a = analyze(bill('A person who recruits, transports, transfers, harbours or receives another person for the purpose of exploitation commits the offence of trafficking in persons.', '(2) The penalty shall be increased where the offence involves abduction or the abuse of power.'));
      assert.equal(a.coverage['means.abduction'].present, false);
      assert.ok(has(a, 'means-none'));
    });
  });

  describe('national variants (DOMAIN §1)', () => {
    it('Portuguese "consentimento da pessoa que tem o controlo sobre a vítima" is payments to a person in control', () => {
      const a = analyze('CÓDIGO\n\nArtigo 5.º\nTráfico de pessoas\n1 - Quem recrutar, transportar, transferir, alojar ou acolher pessoa para fins de exploração, por meio de violência, ou mediante a obtenção do consentimento da pessoa que tem o controlo sobre a vítima, é punido com pena de prisão de três a dez anos.\n');
      assert.equal(a.coverage['means.payments_or_benefits'].present, true);
    });
    it('"involuntary servitude" is servitude and forced labour; "condições análogas à de escravo" is forced labour and a slavery-like practice', () => {
      const en = analyze('BILL\n\n1. Trafficking in persons\nA person who recruits, transports, transfers, harbours or receives another person by force for the purpose of involuntary servitude commits the offence of trafficking in persons.\n');
      assert.equal(en.coverage['purpose.servitude'].present, true);
      assert.equal(en.coverage['purpose.forced_labour_or_services'].present, true);
      const pt = analyze('LEI\n\nArt. 1º Tráfico de pessoas: recrutar, transportar, transferir, alojar ou acolher pessoa, mediante violência, com a finalidade de submetê-la a trabalho em condições análogas à de escravo. Pena - reclusão.\n');
      assert.equal(pt.coverage['purpose.practices_similar_to_slavery'].present, true);
    });
    it('"la esclavitud o prácticas análogas a la esclavitud" is both slavery and slavery-like practices; "carece de efectos" makes consent irrelevant', () => {
      const a = analyze('CÓDIGO\n\nArtículo 9.- Trata de personas\n1. El que mediante violencia o engaño capta, transporta, traslada, acoge o recibe a otro con fines de explotación, como la esclavitud o prácticas análogas a la esclavitud, la servidumbre o la extracción o tráfico de órganos, es reprimido con pena privativa de libertad.\n2. El consentimiento dado por la víctima carece de efectos jurídicos cuando el agente haya recurrido a cualquiera de los medios del inciso 1.\n');
      for (const k of ['purpose.slavery', 'purpose.practices_similar_to_slavery', 'purpose.removal_of_organs', 'consent.irrelevant']) assert.equal(a.coverage[k].present, true, k);
    });
    it('"manœuvre dolosive" is fraud and deception', () => {
      const a = analyze("CODE\n\nArticle 1\nLa traite des êtres humains est le fait de recruter une personne, de la transporter, de la transférer, de l'héberger ou de l'accueillir à des fins d'exploitation avec l'emploi de violence ou de manœuvre dolosive. Elle est punie de sept ans d'emprisonnement.\n");
      assert.equal(a.coverage['means.fraud'].present, true);
      assert.equal(a.coverage['means.deception'].present, true);
    });
  });

  describe('diagnostics', () => {
    it('anchors each missing element on the enumeration that should hold it, with related information and a confidence', () => {
      const a = analyze(bill('A person who recruits, transports or harbours another person by means of force or deception for the purpose of sexual exploitation, forced labour or slavery commits the offence of trafficking in persons.'));
      const f = a.findings.find(x => x.code === 'act-receipt-missing')!;
      assert.equal(f.range.start.line, lineOf(a, 'recruits, transports'));
      assert.ok(f.related && f.related.length >= 3);
      assert.ok(f.confidence);
      assert.deepEqual(f.keys, ['act.receipt']);
    });
    it('codes are stable: each element has its own code', () => {
      const a = analyze(bill('A person who recruits another person by means of force for the purpose of sexual exploitation commits the offence of trafficking in persons.'));
      const codes = new Set(a.findings.map(f => f.code));
      for (const c of ['act-transportation-missing', 'act-transfer-missing', 'act-harbouring-missing', 'act-receipt-missing', 'means-deception-missing', 'purpose-organ-removal-missing']) assert.ok(codes.has(c), c);
    });
  });

  describe('language', () => {
    it('reads each provision of a bilingual law in its own language', () => {
      const en = 'A person who recruits, transports, transfers, harbours or receives another person by means of the threat or use of force, abduction, fraud, deception or the abuse of a position of vulnerability for the purpose of exploitation commits the offence of trafficking in persons and is liable to imprisonment for life.';
      const fr = "Quiconque recrute, transporte, transfère, héberge ou accueille une personne par la menace, la contrainte, l'enlèvement, la fraude ou la tromperie à des fins d'exploitation commet l'infraction de traite des personnes et est passible de l'emprisonnement à perpétuité.";
      const a = analyze(`CRIMINAL CODE / CODE CRIMINEL\n\n1. Trafficking in persons\n${en}\n\n2. Traite des personnes\n${fr}\n`);
      const sec2 = a.provisions.find(p => p.label.includes('2') && p.kind === 'section')!;
      assert.equal(sec2.lang ?? a.language, 'fr');
      assert.equal(a.coverage['means.abduction'].present, true);
    });
    it('the language setting forces the lexicon', () => {
      const a = analyze('1. Trata de personas\nEl que capte, transporte, traslade, acoja o reciba a una persona mediante violencia con fines de explotación será castigado con prisión.\n', { settings: { language: 'es' } });
      assert.equal(a.language, 'es');
      assert.equal(a.coverage['act.harbouring'].present, true);
    });
  });
});
