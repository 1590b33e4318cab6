import type { CasualtyValue, ClaimKind, NormalizedClaim } from '../types.js';
import { relate } from './relate.js';

/**
 * Whether a sentence's statement of the event's fact contradicts another source's value. Counts
 * only when the statement is the larger: a part of a toll can be smaller than the whole ("two of
 * the victims"), never larger.
 */
export function statementConflicts(kind: ClaimKind, statement: NormalizedClaim, other: NormalizedClaim): boolean {
  if (relate(kind, statement.value, other.value) !== 'conflict') return false;
  if (kind !== 'casualty' && kind !== 'quantity') return true;
  const [s, o] = [statement.value as CasualtyValue, other.value as CasualtyValue];
  return o.max !== null && s.min > o.max;
}
