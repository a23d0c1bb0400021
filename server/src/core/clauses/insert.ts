// Quick fix that inserts the model clause for a missing provision (filled in below).
import type { Analysis } from '../analysis';
import type { Fix } from '../types';

export function clauseInsertionFix(_a: Analysis, _code: string): Fix | undefined { return undefined; }
