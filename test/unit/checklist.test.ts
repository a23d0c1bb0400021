// The declaration checklist: non-penalization scope, false friends, penalties, and severities by profile
// and bill type. Codes and severities only — never message text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { CORPUS_KEYS, COVERAGE_KEYS } from '../../server/src/core/coverage';
import { RULES } from '../../server/src/core/rules/registry';
import { ROOT } from '../helpers';

const HEAD = 'TEST BILL\n\n1. Trafficking\nA person who recruits, transports, transfers, harbours or receives another person by means of force or deception for the purpose of exploitation commits an offence and is liable to imprisonment for a term not exceeding twenty years.\n\n';
const bill = (body: string) => `${HEAD}2. Victims\n${body}\n`;
const np = (body: string, lang?: 'en' | 'fr' | 'es' | 'pt') => analyze(lang ? body : bill(body), { format: 'bill', ...(lang ? { settings: { language: lang } } : {}) });
const codes = (a: ReturnType<typeof analyze>) => a.findings.map(f => f.code);
const sevOf = (a: ReturnType<typeof analyze>, code: string) => a.findings.find(f => f.code === code)?.severity;

describe('declaration checklist', () => {
  it('keeps the corpus coverage keys exactly as in the corpus README, and adds the checklist keys', () => {
    const readme = path.join(ROOT, '..', 'shared', 'corpus', 'README.md');
    if (fs.existsSync(readme)) {
      const table = fs.readFileSync(readme, 'utf8').split('## Coverage keys')[1].split('##')[0];
      const keys = table.split('\n').filter(l => l.startsWith('| `')).flatMap(l => [...l.split('|')[1].matchAll(/`([a-z_.0-9]+)`/g)].map(m => m[1]));
      assert.ok(keys.length >= 30);
      for (const k of keys) assert.ok((CORPUS_KEYS as readonly string[]).includes(k), `corpus key ${k}`);
    }
    assert.equal(CORPUS_KEYS.length, 32);
    assert.ok(COVERAGE_KEYS.length >= CORPUS_KEYS.length + 40);
    assert.equal(new Set(COVERAGE_KEYS).size, COVERAGE_KEYS.length);
  });

  it('has about sixty rule codes across the seven families, keeping the historical seven', () => {
    const fam = ['nonpenalization', 'victims', 'penalties', 'liability', 'prevention', 'cooperation', 'governance'];
    const mine = RULES.filter(r => fam.includes(r.meta.family));
    assert.ok(mine.length >= 55, String(mine.length));
    for (const c of ['non-penalization-missing', 'victim-assistance-missing', 'victim-compensation-missing', 'victim-privacy-missing', 'victim-proceedings-missing', 'victim-residence-missing', 'child-best-interests-missing']) {
      assert.ok(mine.some(r => r.meta.code === c), c);
    }
  });

  describe('non-penalization scope', () => {
    it('accepts a full clause with no scope finding', () => {
      const a = np('A victim of trafficking shall not be prosecuted or punished for any offence committed as a direct consequence of having been trafficked, whether the victim is an adult or a child. A conviction for such an offence may be set aside.');
      assert.equal(a.coverage.non_penalization.present, true);
      assert.deepEqual(codes(a).filter(c => c.startsWith('non-penalization')), []);
    });
    it('flags a clause limited to immigration offences', () => {
      const a = np('A victim of trafficking shall not be liable for unlawful entry or unlawful stay in the country or for the possession of false travel documents.');
      assert.ok(codes(a).includes('non-penalization-scope-narrow'));
      assert.equal(a.findings.find(f => f.code === 'non-penalization-scope-narrow')!.range.start.line, 6);
    });
    it('flags a discretionary clause, and one conditional on cooperation', () => {
      assert.ok(codes(np('The prosecutor may decide not to prosecute a victim of trafficking for offences committed as a direct consequence of being trafficked.')).includes('non-penalization-discretionary'));
      const c = np('A victim of trafficking shall not be punished for an offence committed as a direct consequence of being trafficked, provided that the victim cooperates with the police.');
      assert.equal(sevOf(c, 'non-penalization-conditional'), 'error');
    });
    it('flags a clause for children only, and compulsion required of children', () => {
      assert.ok(codes(np('A child victim of trafficking shall not be prosecuted for an offence committed as a direct consequence of being trafficked.')).includes('non-penalization-children-only'));
      assert.ok(codes(np('A victim of trafficking is not guilty of an offence if the victim was compelled to commit it as a direct consequence of being trafficked.')).includes('non-penalization-child-compulsion'));
    });
    it('does not take an offender’s exemption or officials’ immunity for non-penalization', () => {
      const off = np('An offender who voluntarily releases the victim before the exploitation begins shall not be punished for trafficking.');
      assert.equal(off.coverage.non_penalization.present, false);
      assert.ok(codes(off).includes('non-penalization-missing'));
      assert.equal(off.checklist.nonPenalization.rejected[0].why, 'exemption for an offender');
      const imm = np('No officer shall be held liable or prosecuted for anything done in good faith under this Act in relation to trafficking.');
      assert.equal(imm.coverage.non_penalization.present, false);
      const staff = np('An officer shall not be held liable or prosecuted for anything done in good faith in respect of a victim of trafficking.');
      assert.equal(staff.coverage.non_penalization.present, false);
      assert.equal(staff.checklist.nonPenalization.rejected[0].why, 'immunity for officials');
    });
    it('reads French, Spanish and Portuguese wordings', () => {
      assert.equal(np('Article 1\nLa victime de la traite ne peut être poursuivie ni condamnée pour les infractions commises en conséquence directe de la traite.', 'fr').coverage.non_penalization.present, true);
      assert.equal(np('Artículo 1\nLa víctima de trata quedará exenta de pena por las infracciones penales cometidas como consecuencia directa de la situación de explotación.', 'es').coverage.non_penalization.present, true);
      assert.equal(np('Art. 1\nA vítima de tráfico de pessoas não será punida pelos crimes cometidos em decorrência da sua situação.', 'pt').coverage.non_penalization.present, true);
    });
  });

  describe('penalties', () => {
    const offence = (p: string) => analyze(`TEST BILL\n\n1. Trafficking\nA person who recruits, transports or harbours another person by means of force for the purpose of exploitation commits an offence and ${p}\n`, { format: 'bill' });
    it('flags fines only, fine alternatives and a maximum below four years', () => {
      assert.equal(sevOf(offence('is liable to a fine not exceeding 10,000 dollars.'), 'penalty-fines-only'), 'error');
      assert.ok(codes(offence('is liable to imprisonment for a term not exceeding ten years or a fine.')).includes('penalty-fine-alternative'));
      assert.equal(sevOf(offence('is liable to imprisonment for a term not exceeding two years.'), 'penalty-not-commensurate'), 'error');
      const ok = offence('is liable to imprisonment for life.');
      assert.deepEqual(codes(ok).filter(c => c.startsWith('penalty-')), []);
      assert.equal(ok.coverage['penalties.commensurate'].present, true);
    });
    it('asks for no penalty from a victim-protection act without an offence', () => {
      const a = analyze('VICTIMS ACT\n\n1. Assistance\nVictims shall receive shelter.\n', { format: 'bill', settings: { billType: 'victim-protection' } });
      assert.ok(!codes(a).some(c => c.startsWith('penalty-') || c === 'attempt-missing'));
    });
    it('the EU threshold is an error only under the EU profile', () => {
      const a = (profile: 'EU' | 'UN-REC') => analyze(`TEST BILL\n\n1. Trafficking\nA person who recruits, transports or harbours another person by means of force for the purpose of exploitation commits an offence and is liable to imprisonment for four years.\n`, { format: 'bill', settings: { profile } });
      assert.equal(sevOf(a('EU'), 'penalty-eu-threshold'), 'error');
      assert.equal(sevOf(a('UN-REC'), 'penalty-eu-threshold'), 'hint');
    });
  });

  describe('profiles and bill types', () => {
    const gaps = HEAD;
    const sev = (code: string, settings: Record<string, unknown>) => sevOf(analyze(gaps, { format: 'bill', settings }), code);
    it('raises non-penalization and identification to error under COE and EU', () => {
      assert.equal(sev('non-penalization-missing', {}), 'warning');
      assert.equal(sev('non-penalization-missing', { profile: 'COE' }), 'error');
      assert.equal(sev('non-penalization-missing', { profile: 'EU' }), 'error');
      assert.equal(sev('victim-identification-missing', { profile: 'ASEAN' }), 'error');
      assert.equal(sev('legal-person-liability-missing', { profile: 'EU' }), 'error');
    });
    it('does not blame a penal-code amendment for lacking services and institutions', () => {
      assert.equal(sev('victim-assistance-missing', {}), 'error');
      assert.equal(sev('victim-assistance-missing', { billType: 'penal-amendment' }), 'info');
      assert.equal(sev('training-missing', { billType: 'penal-amendment' }), 'info');
      assert.equal(sev('supply-chain-missing', { billType: 'penal-amendment' }), undefined);
      assert.equal(sev('funding-missing', { billType: 'penal-amendment' }), undefined);
      assert.equal(sev('attempt-missing', { billType: 'penal-amendment' }), 'warning');
    });
    it('per-rule settings win over profile and bill type', () => {
      assert.equal(sev('non-penalization-missing', { profile: 'EU', rules: { 'non-penalization-missing': 'info' } }), 'info');
      assert.equal(sev('victim-assistance-missing', { rules: { 'victim-assistance-missing': 'off' } }), undefined);
    });
    it('sub-items are judged only when their parent provision exists', () => {
      assert.ok(!codes(analyze(gaps, { format: 'bill' })).includes('victim-housing-missing'));
      const a = analyze(bill('The Agency shall provide assistance and support to victims, including medical care.'), { format: 'bill' });
      assert.ok(codes(a).includes('victim-housing-missing'));
      assert.ok(!codes(a).includes('victim-health-missing'));
    });
  });
});
