import type { NormalizedClaim, CasualtyValue, ClaimKind, ClaimValue, DateValue, PlaceValue, QuantityValue, QuoteValue, RoleValue } from '../types.js';
import { placeRelation } from '../normalize/places.js';
import { quoteClaimRelation, quoteRelation } from './quotes.js';
import { relateDates } from './date-relation.js';

/** How two values of one slot stand: the same, differing only in precision, or exclusive. */
export type Relation = 'equal' | 'compatible' | 'conflict';

function intervals(a: { min: number; max: number | null }, b: { min: number; max: number | null }): Relation {
  if (a.min === b.min && a.max === b.max) return 'equal';
  const aMax = a.max ?? Infinity;
  const bMax = b.max ?? Infinity;
  return a.min <= bMax && b.min <= aMax ? 'compatible' : 'conflict';
}


export function relate(kind: ClaimKind, a: ClaimValue, b: ClaimValue): Relation {
  switch (kind) {
    case 'casualty': {
      const ca = a as CasualtyValue;
      const cb = b as CasualtyValue;
      return intervals(ca, cb);
    }
    case 'quantity':
      return intervals(a as QuantityValue, b as QuantityValue);
    case 'date':
      return relateDates(a as DateValue, b as DateValue).relation;
    case 'place': {
      const r = placeRelation(a as PlaceValue, b as PlaceValue);
      return r === 'same' ? 'equal' : r === 'disjoint' ? 'conflict' : 'compatible';
    }
    case 'quote':
      return quoteRelation(a as QuoteValue, b as QuoteValue);
    case 'role': {
      const ra = (a as RoleValue).role.toLowerCase();
      const rb = (b as RoleValue).role.toLowerCase();
      return ra === rb ? 'equal' : 'compatible';
    }
    default:
      return JSON.stringify(a) === JSON.stringify(b) ? 'equal' : 'compatible';
  }
}

/** How two claims of one slot relate: their values, and for quotes how sure each speaker is. */
export function relateClaims(a: NormalizedClaim, b: NormalizedClaim): Relation {
  return a.kind === 'quote' ? quoteClaimRelation(a, b) : relate(a.kind, a.value, b.value);
}
