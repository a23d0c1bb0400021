// Consent (Protocol art. 3(b)) and child (art. 3(c)-(d)) clauses of the definition, A/RES/72/1 para 7.

import type { Rule, RuleMeta } from './types';
import { anchorUnit } from './definition';

function missing(meta: RuleMeta, key: string, message: (where: string) => string): Rule {
  return {
    meta,
    run(ctx) {
      const a = ctx.analysis;
      if (!a.coverage['definition.found'].present || a.coverage[key].present) return;
      const unit = anchorUnit(a, 'act');
      ctx.report({ span: unit.provision.headerSpan, message: message(a.describe(unit.provision)), confidence: 'medium', provision: unit.provision.id, keys: [key] });
    },
  };
}

export const consentChildRules: Rule[] = [
  missing({
    code: 'consent-irrelevance-missing', title: 'Consent not declared irrelevant', family: 'consent-child', severity: 'warning',
    billTypes: { 'victim-protection': 'off' }, paragraphs: ['7', '8'], refs: ['Protocol, art. 3(b)'], tag: 'V', keys: ['consent.irrelevant'],
    hover: 'State expressly that the victim’s consent to the intended exploitation is irrelevant where any means was used (Protocol art. 3(b)), and always for children.',
    explain: 'Defence lawyers often argue that the victim "agreed" to the job or to travel. The Protocol closes that door: once deception, coercion or another means is shown, consent does not matter. Example: "The consent of a victim to the intended exploitation is irrelevant where any of the means set out in subsection (1) has been used."',
  }, 'consent.irrelevant', where => `The bill does not state that the victim’s consent is irrelevant (Protocol art. 3(b), restated in A/RES/72/1, para 7); add a consent clause to ${where}.`),
  missing({
    code: 'child-under-18-missing', title: 'Child not defined as under 18', family: 'consent-child', severity: 'error',
    billTypes: { 'victim-protection': 'warning' }, paragraphs: ['19'], refs: ['Protocol, art. 3(d)'], tag: 'V', keys: ['child.under_18'],
    hover: '"Child" must mean any person under 18 (Protocol art. 3(d)), regardless of national ages of consent or majority.',
    explain: 'The child rules of the Protocol apply to every person under eighteen. If the bill speaks of "minors" without an age, courts may apply a lower age of majority or consent. Example: "“child” means a person under the age of eighteen years."',
  }, 'child.under_18', where => `No provision ties the offence in ${where} to persons under 18 (Protocol art. 3(d); A/RES/72/1, para 19): define "child" as any person under eighteen.`),
  missing({
    code: 'child-means-required', title: 'Means required for child victims', family: 'consent-child', severity: 'error',
    billTypes: { 'victim-protection': 'off' }, paragraphs: ['7', '19'], refs: ['Protocol, art. 3(c)'], tag: 'V', keys: ['child.no_means_required'],
    hover: 'For a child, recruitment, transport, transfer, harbouring or receipt for exploitation is trafficking even without any means (Protocol art. 3(c)).',
    explain: 'Children cannot be required to show they were forced or deceived. The Protocol makes act + purpose enough when the victim is under 18. Example: "The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of exploitation is trafficking in persons even if it does not involve any of the means set out in subsection (1)."',
  }, 'child.no_means_required', where => `${where} requires a means for every victim: for children, act and purpose must suffice (Protocol art. 3(c); A/RES/72/1, paras 7 and 19).`),
];
