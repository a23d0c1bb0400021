// Non-penalization of victims (A/RES/72/1 para 8; DOMAIN §3.7): find non-punishment, non-liability and
// non-prosecution provisions and statutory defences anywhere in the bill, drop the false friends, and judge
// the scope of what remains. Every judgement reads the clause (sentence) around the cue, so a bill with
// several partial clauses (UK s.45(1) for adults, s.45(4) for children) is judged on all of them together.

import type { CoverageEntry, Span } from '../types';
import type { CheckContext, Hit } from './context';

export interface NonPenalization {
  entry: CoverageEntry;
  /** The accepted clauses (sentence spans). */
  clauses: Span[];
  /** Covers acts committed as a direct consequence of / compelled by the trafficking. */
  directConsequence: boolean;
  /** Reaches only immigration, status or prostitution offences — not offences generally. */
  narrow: boolean;
  /** Every clause is a "may" (prosecutorial or judicial discretion). */
  discretionary: boolean;
  /** Some clause makes protection depend on cooperation or testimony. */
  conditional: boolean;
  /** Every clause concerns children only: adult victims are not covered. */
  childrenOnly: boolean;
  /** Children must show compulsion: no clause for children without a compulsion test. */
  childCompulsion: boolean;
  /** Only mitigation at sentencing: arrest, charge, prosecution and detention are not covered. */
  sentencingOnly: boolean;
  /** A procedure to set aside past convictions exists. */
  recordRelief: boolean;
  /** Candidates rejected as false friends, with why (for hovers and tests). */
  rejected: { span: Span; why: string }[];
}

/** judgeNonPenalization reads every non-penalization cue of the bill and judges the clauses it accepts. */
export function judgeNonPenalization(cx: CheckContext): NonPenalization {
  const rejected: NonPenalization['rejected'] = [];
  const accepted: { hit: Hit; clause: Span }[] = [];
  for (const hit of cx.hits('safeguard.non_penalization')) {
    const clause = withList(cx, hit, cx.clause(hit));
    if (accepted.some(a => a.clause.start === clause.start)) continue;
    const why = falseFriend(cx, hit, clause);
    if (why) { rejected.push({ span: clause, why }); continue; }
    accepted.push({ hit, clause });
  }
  const recordRelief = cx.hits('np.record').some(h => /convict|conden|condamn/.test(cx.folded.slice(Math.max(0, h.start - 120), h.end + 120)));
  if (!accepted.length) {
    return { entry: { present: false }, clauses: [], directConsequence: false, narrow: false, discretionary: false, conditional: false, childrenOnly: false, childCompulsion: false, sentencingOnly: false, recordRelief, rejected };
  }
  const has = (cue: string, a: { hit: Hit; clause: Span }) => cx.test(a.hit.lex, cue, a.clause);
  const directConsequence = accepted.some(a => has('np.direct', a));
  const narrow = accepted.every(a => has('np.immigration', a) && !has('np.general', a) && !has('np.direct', a));
  const discretionary = accepted.every(a => has('np.discretionary', a) && !has('np.mandatory', a));
  const conditional = accepted.some(a => has('np.condition', a));
  const childClauses = accepted.filter(a => has('np.children', a));
  const childrenOnly = childClauses.length === accepted.length && !accepted.some(a => has('np.adult', a));
  const childCompulsion = !childrenOnly && accepted.some(a => has('np.compulsion', a))
    && !accepted.some(a => !has('np.compulsion', a));
  const sentencingOnly = accepted.every(a => has('np.sentencing', a) && !has('np.mandatory', a));
  const first = accepted[0];
  return {
    entry: cx.entry(first.hit), clauses: accepted.map(a => a.clause),
    directConsequence, narrow, discretionary, conditional, childrenOnly, childCompulsion, sentencingOnly, recordRelief, rejected,
  };
}

/**
 * withList: a clause that introduces a list ("A person is not guilty of an offence if—") is read with the
 * list, i.e. to the end of the provision holding it (UK s. 45(1)(a)–(d)).
 */
function withList(cx: CheckContext, hit: Hit, clause: Span): Span {
  const tail = cx.folded.slice(Math.max(clause.start, clause.end - 8), clause.end).trimEnd();
  if (!/(?:[-:\u2013\u2014]|\bif|\bsi|\bque)$/.test(tail)) return clause;
  const p = cx.provisionAt(hit.start);
  return { start: clause.start, end: Math.max(clause.end, Math.min(p.end, clause.end + 1500)) };
}

/**
 * falseFriend says why a non-liability clause is not about victims: an exemption for an offender who
 * releases the victim or informs on accomplices, or immunity for officials acting in good faith.
 */
function falseFriend(cx: CheckContext, hit: Hit, clause: Span): string | undefined {
  const lex = hit.lex;
  if (cx.test(lex, 'np.offender', clause)) return 'exemption for an offender';
  // Good-faith immunity protects whoever acts under the Act (officials, shelter staff), even "in respect of a victim".
  if (cx.test(lex, 'np.immunity', clause)) return 'immunity for officials';
  const victim = cx.test(lex, 'np.victim', clause);
  if (cx.test(lex, 'np.official', clause) && !victim) return 'immunity for officials';
  if (!victim) {
    // The heading of the section may name the victim ("Defence for slavery or trafficking victims").
    const p = cx.provisionAt(hit.start);
    let sec = p;
    while (sec.parent && sec.kind !== 'section') sec = sec.parent;
    const head = { start: sec.start, end: Math.min(sec.end, sec.bodyStart + 40) };
    if (!cx.test(lex, 'np.victim', head)) return 'not about victims';
  }
  return undefined;
}
