// Scope assertions on the bill grammar (syntaxes/bill.tmLanguage.json), tokenised by the same engine VS Code
// uses (vscode-textmate + vscode-oniguruma). Each case: a line, a piece of it, and a scope that piece must carry.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT } from '../helpers';

type Case = [line: string, piece: string, scope: string];

const CASES: Case[] = [
  // titles, divisions, enacting formula
  ['COUNTER-TRAFFICKING IN PERSONS BILL, 2026', 'COUNTER-TRAFFICKING IN PERSONS BILL, 2026', 'markup.heading.title.bill'],
  ['PROJET DE LOI RELATIF À LA LUTTE CONTRE LA TRAITE DES PERSONNES', 'TRAITE', 'markup.heading.title.bill'],
  ['PART I – PRELIMINARY', 'PART I', 'keyword.other.division.bill'],
  ['PART I – PRELIMINARY', 'PRELIMINARY', 'entity.name.section.division.bill'],
  ['PART III – PROTECTION OF VICTIMS', 'PROTECTION OF VICTIMS', 'markup.heading.division.bill'],
  ['TITRE II – INFRACTIONS', 'TITRE II', 'keyword.other.division.bill'],
  ['CAPÍTULO III. DE LA PROTECCIÓN', 'CAPÍTULO III', 'keyword.other.division.bill'],
  ['TÍTULO PRIMERO', 'TÍTULO PRIMERO', 'keyword.other.division.bill'],
  ['Chapter 2: Offences', 'Chapter 2', 'keyword.other.division.bill'],
  ['CAPÍTULO ÚNICO', 'CAPÍTULO ÚNICO', 'keyword.other.division.bill'],
  ['FIRST SCHEDULE', 'FIRST SCHEDULE', 'markup.heading.title.bill'],
  ['SCHEDULE 2', 'SCHEDULE 2', 'keyword.other.division.bill'],
  ['BE IT ENACTED by the Parliament of the Republic as follows:', 'BE IT ENACTED', 'keyword.other.enacting-formula.bill'],
  // sections and articles
  ['3. Trafficking in persons', '3', 'keyword.other.section-number.bill'],
  ['3. Trafficking in persons', 'Trafficking in persons', 'entity.name.section.bill'],
  ['Section 12 — Non-punishment of victims', 'Section 12', 'keyword.other.section-number.bill'],
  ['Section 12 — Non-punishment of victims', 'Non-punishment of victims', 'entity.name.section.bill'],
  ['Article 3 – Traite des personnes', 'Article 3', 'keyword.other.section-number.bill'],
  ['Article 225-4-1', 'Article 225-4-1', 'keyword.other.section-number.bill'],
  ['Artículo 177 bis. Trata de seres humanos', 'Artículo 177 bis', 'keyword.other.section-number.bill'],
  ['ARTÍCULO 10.- Definiciones', 'ARTÍCULO 10', 'keyword.other.section-number.bill'],
  ['ARTÍCULO 10.- Definiciones', 'Definiciones', 'entity.name.section.bill'],
  ['Art. 149-A. Agenciar, aliciar, recrutar', 'Art. 149-A', 'keyword.other.section-number.bill'],
  ['Artigo 1.º – Definições', 'Artigo 1.º', 'keyword.other.section-number.bill'],
  ['4A. Non-punishment of victims', '4A', 'keyword.other.section-number.bill'],
  ['## Section 2 — Interpretation', 'Section 2', 'keyword.other.section-number.bill'],
  // numbered sub-provisions
  ['(1) A person who recruits another person commits an offence.', '(1)', 'constant.numeric.enumeration.bill'],
  ['(a) the threat or use of force;', '(a)', 'constant.numeric.enumeration.bill'],
  ['(iv) servitude;', '(iv)', 'constant.numeric.enumeration.bill'],
  ['a) la explotación de la prostitución ajena;', 'a)', 'constant.numeric.enumeration.bill'],
  ['1° « enfant » : toute personne âgée de moins de dix-huit ans ;', '1°', 'constant.numeric.enumeration.bill'],
  ['I. – Constitue la traite des personnes le fait de recruter', 'I. –', 'constant.numeric.enumeration.bill'],
  ['II - o trabalho ou serviços forçados;', 'II -', 'constant.numeric.enumeration.bill'],
  ['§ 1º A pena é aumentada de um terço.', '§ 1º', 'constant.numeric.enumeration.bill'],
  ['Parágrafo único. O disposto neste artigo', 'Parágrafo único', 'constant.numeric.enumeration.bill'],
  // definitions
  ['"child" means a person under the age of eighteen years;', 'child', 'entity.name.type.defined-term.bill'],
  ['“victim” includes a person in respect of whom there are reasonable grounds', 'victim', 'entity.name.type.defined-term.bill'],
  ['1° « exploitation » : l\'exploitation de la prostitution d\'autrui', 'exploitation', 'entity.name.type.defined-term.bill'],
  // cross-references
  ['A person convicted under section 3(1)(a) is liable', 'section 3(1)(a)', 'variable.other.reference.bill'],
  ['Subject to subsection (2), the Minister shall', 'subsection (2)', 'variable.other.reference.bill'],
  ['conforme al artículo 5 de esta ley', 'artículo 5', 'variable.other.reference.bill'],
  ['nos termos do artigo 149-A do Código Penal', 'artigo 149-A', 'variable.other.reference.bill'],
  // citations
  ['as required by A/RES/72/1, para 8, victims shall', 'A/RES/72/1, para 8', 'markup.underline.link.citation.declaration.bill'],
  ['(Declaration ¶7)', 'Declaration ¶7', 'markup.underline.link.citation.declaration.bill'],
  ['shall not be punished (see para. 8).', 'para. 8', 'markup.underline.link.citation.declaration.bill'],
  ['consistent with Protocol, art. 6(3), the Minister', 'Protocol, art. 6(3)', 'markup.underline.link.citation.protocol.bill'],
  ['as defined in article 3 of the Protocol', 'article 3 of the Protocol', 'markup.underline.link.citation.protocol.bill'],
  // penalties and comments
  ['is liable to imprisonment for fifteen years.', 'fifteen years', 'constant.numeric.penalty.bill'],
  ['est punie de dix ans d\'emprisonnement.', 'dix ans', 'constant.numeric.penalty.bill'],
  ['// palermo-disable-next-line victim-residence-missing -- covered by the Immigration Act', 'palermo-disable-next-line', 'keyword.control.suppression.bill'],
  ['// palermo-disable-next-line victim-residence-missing -- covered by the Immigration Act', 'covered by the Immigration Act', 'string.unquoted.reason.bill'],
  ['// a drafter\'s note', 'a drafter\'s note', 'comment.line.double-slash.bill'],
];

// Pieces that must NOT carry a scope: running text stays plain.
const NEGATIVE: Case[] = [
  ['A person who recruits another person commits an offence.', 'recruits', 'keyword.other.section-number.bill'],
  ['The Minister shall provide shelter to every victim.', 'Minister', 'markup.heading.title.bill'],
  ['paragraph (2) applies to children', 'paragraph (2)', 'markup.underline.link.citation.declaration.bill'],
  ['Protocol, art. 3', 'art. 3', 'variable.other.reference.bill'],
];

describe('bill grammar (syntaxes/bill.tmLanguage.json)', () => {
  let grammar: vsctm.IGrammar;
  before(async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => vsctm.parseRawGrammar(fs.readFileSync(path.join(ROOT, 'syntaxes', 'bill.tmLanguage.json'), 'utf8'), 'bill.tmLanguage.json'),
    });
    grammar = (await registry.loadGrammar('text.bill'))!;
    assert.ok(grammar);
  });

  /** scopesOf: the scopes of every token overlapping the piece; each must carry the scope for a match. */
  const scopesOf = (line: string, piece: string): string[][] => {
    const at = line.indexOf(piece);
    assert.ok(at >= 0, `"${piece}" not in "${line}"`);
    const { tokens } = grammar.tokenizeLine(line, vsctm.INITIAL);
    return tokens.filter(t => t.startIndex < at + piece.length && t.endIndex > at).map(t => t.scopes);
  };

  it('is contributed for the bill language', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.ok(pkg.contributes.grammars.some((g: { language: string; scopeName: string; path: string }) => g.language === 'bill' && g.scopeName === 'text.bill' && g.path === './syntaxes/bill.tmLanguage.json'));
  });

  for (const [line, piece, scope] of CASES) {
    it(`${scope.replace(/\.bill$/, '')}: "${piece}" in "${line.slice(0, 50)}"`, () => {
      const scopes = scopesOf(line, piece);
      assert.ok(scopes.length && scopes.every(s => s.includes(scope)), JSON.stringify(scopes));
    });
  }

  for (const [line, piece, scope] of NEGATIVE) {
    it(`not ${scope.replace(/\.bill$/, '')}: "${piece}" in "${line.slice(0, 50)}"`, () => {
      assert.ok(scopesOf(line, piece).every(s => !s.includes(scope)));
    });
  }

  it('tokenises every example bill without error, and no line is left entirely unscoped that looks like a header', () => {
    for (const f of fs.readdirSync(path.join(ROOT, 'examples')).filter(x => x.endsWith('.bill'))) {
      let stack = vsctm.INITIAL;
      for (const line of fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8').split(/\r?\n/)) {
        const r = grammar.tokenizeLine(line, stack);
        stack = r.ruleStack;
        if (/^(?:\d+\.|Article \d|Artículo \d|PART|TITRE|T[IÍ]TULO)\s/.test(line)) {
          assert.ok(r.tokens.some(t => t.scopes.length > 1), `${f}: "${line}" has no scope`);
        }
      }
    }
  });
});
