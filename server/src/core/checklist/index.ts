// The checklist of A/RES/72/1 beyond the definition: victim safeguards (para 8, 18, 19), penalties (4),
// liability and cooperation (10), prevention and demand (3, 9), data (16), training (20), ICT (22), organs
// (23), business (25), governance and monitoring (26). Output: one coverage entry per key, plus the detailed
// judgements (non-penalization scope, penalties) that rules read.

import type { CoverageEntry, Provision } from '../types';
import type { CompiledLexicon } from '../lexicon';
import type { Scope } from '../scope';
import type { LineIndex } from '../text/lineIndex';
import { CheckContext, type Block } from './context';
import { CHECK_ITEMS, CORPUS_ITEMS, type Item } from './items';
import { judgeNonPenalization, type NonPenalization } from './nonpenalization';
import { judgePenalties, type Penalties } from './penalties';
import { searchedAcrossBills } from '../lexicon/indexed';

searchedAcrossBills([...CORPUS_ITEMS, ...CHECK_ITEMS].map(i => i.cue).concat('np.record'));

export interface Checklist {
  coverage: Record<string, CoverageEntry>;
  nonPenalization: NonPenalization;
  penalties: Penalties;
}

interface Input {
  root: Provision;
  folded: string;
  lines: LineIndex;
  scope: Scope;
  blocks: Block[];
  lexFor: (p: Provision) => CompiledLexicon;
}

export function computeChecklist(inp: Input): Checklist {
  const cx = new CheckContext(inp.root, inp.folded, inp.lines, inp.blocks);
  const coverage: Record<string, CoverageEntry> = {};
  const first = (it: Item): CoverageEntry => {
    const h = cx.firstHit(it.cue);
    return h ? cx.entry(h) : { present: false };
  };
  for (const it of CORPUS_ITEMS) if (it.key !== 'non_penalization') coverage[it.key] = first(it);
  for (const it of CHECK_ITEMS) coverage[it.key] = first(it);
  const nonPenalization = judgeNonPenalization(cx);
  coverage.non_penalization = nonPenalization.entry;
  const penalties = judgePenalties(cx, inp.scope, inp.lexFor);
  coverage['penalties.stated'] = penalties.stated;
  coverage['penalties.custodial'] = penalties.custodial;
  coverage['penalties.commensurate'] = penalties.commensurate;
  return { coverage, nonPenalization, penalties };
}

export { CHECK_ITEMS, CORPUS_ITEMS, CHECKLIST_KEYS } from './items';
export type { NonPenalization } from './nonpenalization';
export type { Penalties } from './penalties';
