// Further definition checks of DOMAIN §3.1–3.4 that are not one element each: an offence without any
// exploitative purpose, abuse of vulnerability left undefined, and "child" defined below 18. Cue vocabularies
// are data (definition.json).

import type { Analysis } from '../analysis';
import { anchorUnit, enumerationSpan } from './definition';
import type { Rule } from './types';
import type { CompiledLexicon } from '../lexicon';
import { searchedAcrossBills } from '../lexicon/indexed';

searchedAcrossBills(['vulnerability-defined']);

const found = (a: Analysis) => a.coverage['definition.found'].present;
const units = (a: Analysis) => [...a.scope.core, ...a.scope.extended];

const purposeMissing: Rule = {
  meta: {
    code: 'def-purpose-missing', title: 'No exploitative purpose', family: 'definition', severity: 'error', tag: 'V',
    billTypes: { 'victim-protection': 'info' }, paragraphs: ['7'], refs: ['Protocol, art. 3(a)'], keys: ['purpose.forced_labour_or_services'],
    hover: 'The offence lacks the purpose of exploitation that distinguishes trafficking from abduction or migrant smuggling.',
    explain: 'Trafficking is an act done FOR THE PURPOSE OF exploitation. Without that element the offence punishes any transport or harbouring of a person (or only abduction), and the minimum forms of exploitation have nowhere to go. Example: "… for the purpose of exploitation", with exploitation defined to include at a minimum the forms in para 7.',
  },
  run(ctx) {
    const a = ctx.analysis;
    if (!found(a)) return;
    if (a.elements.matches.some(m => m.key.startsWith('purpose.'))) return;
    for (const u of units(a)) {
      const lex = a.lexFor(u.provision);
      if (u.spans.some(s => lex.test('purpose-marker', a.folded, s.start, s.end) || lex.test('exploitation-definition', a.folded, s.start, s.end))) return;
      if (u.spans.some(s => /exploit|explota|explora/.test(a.folded.slice(s.start, s.end)))) return;
    }
    const unit = anchorUnit(a, 'act');
    ctx.report({ span: enumerationSpan(a, unit, 'act') ?? unit.provision.headerSpan, message: `${a.describe(unit.provision)} has no purpose of exploitation: para 7 defines trafficking as acts done "for the purpose of exploitation" — add the purpose and define exploitation.`, confidence: 'medium', provision: unit.provision.id });
  },
};

const vulnerabilityUndefined: Rule = {
  meta: {
    code: 'def-vulnerability-undefined', title: 'Abuse of vulnerability not defined', family: 'definition', severity: 'info', tag: 'V',
    paragraphs: ['7'], refs: ['Protocol, art. 3(a), interpretative note', 'EU Directive 2011/36, art. 2(2)'], keys: ['means.abuse_of_vulnerability'],
    hover: 'Consider defining "position of vulnerability": a situation in which the person has no real and acceptable alternative but to submit to the abuse involved.',
    explain: 'Courts apply "abuse of a position of vulnerability" more consistently when the law says what it means. The interpretative note to the Protocol, the EU Directive and the Spanish Criminal Code use the same test: the person has no real or acceptable alternative but to submit. Example: "A position of vulnerability means a situation in which the person concerned has no real or acceptable alternative but to submit to the abuse involved."',
  },
  run(ctx) {
    const a = ctx.analysis;
    if (!found(a) || !a.coverage['means.abuse_of_vulnerability'].present) return;
    // A bill that defines the term itself ("Situación de vulnerabilidad: …") has made its choice.
    if (a.terms.some(t => t.key.includes('vulnerab'))) return;
    const lexes = new Set([a.lexicon, ...units(a).map(u => a.lexFor(u.provision))]);
    for (const lex of lexes) if (occursInBill(lex, 'vulnerability-defined', a.folded)) return;
    const m = a.elements.matches.find(x => x.key === 'means.abuse_of_vulnerability' && a.scope.core.includes(x.unit)) ?? a.elements.matches.find(x => x.key === 'means.abuse_of_vulnerability');
    if (!m) return;
    ctx.report({ span: m, message: `“${a.text.slice(m.start, m.end)}” is not defined: consider stating that a position of vulnerability means having no real and acceptable alternative but to submit to the abuse involved (interpretative note to Protocol art. 3(a)).`, confidence: 'medium', provision: m.unit.provision.id, keys: ['means.abuse_of_vulnerability'] });
  },
};

/** occursInBill: whether the cue occurs anywhere in the bill (a test of the whole text, which the lexicon answers from its literal index on a long bill). */
export function occursInBill(lex: CompiledLexicon, id: string, folded: string): boolean {
  return lex.test(id, folded);
}

const childBelow18: Rule = {
  meta: {
    code: 'child-age-below-18', title: 'Child defined below 18', family: 'consent-child', severity: 'error', tag: 'V',
    billTypes: { 'victim-protection': 'warning' }, paragraphs: ['19'], refs: ['Protocol, art. 3(d)'], keys: ['child.under_18'],
    hover: '"Child" must mean any person under 18 (Protocol art. 3(d)), regardless of national ages of consent or majority.',
    explain: 'A law that defines a child as a person under 14 or 16 (often the age of criminal responsibility or of sexual consent) leaves 16- and 17-year-olds without the child rules of the Protocol: they would have to prove force or deception. Example: "“child” means any person under the age of eighteen years."',
  },
  run(ctx) {
    const a = ctx.analysis;
    if (!found(a)) return;
    for (const t of a.terms) {
      const lex = a.lexFor(t.provision);
      if (!lex.test('child-word', t.key)) continue;
      const f = lex.findAll('child-other-age', a.folded, t.defSpan.start, Math.min(t.defSpan.end, t.defSpan.start + 300))[0];
      if (!f || lex.test('child-under-18', a.folded, t.defSpan.start, Math.min(t.defSpan.end, t.defSpan.start + 300))) continue;
      ctx.report({ span: f, message: `“${t.term}” is defined by an age below 18 (“${a.text.slice(f.start, f.end)}”): every person under 18 is a child for the Protocol (art. 3(d); A/RES/72/1, para 19).`, confidence: 'medium', provision: t.provision.id, keys: ['child.under_18'] });
      return;
    }
  },
};

export const definitionExtraRules: Rule[] = [purposeMissing, vulnerabilityUndefined, childBelow18];
