import type { CasualtyValue, ClaimKind, ClaimValue, NormalizedClaim, QuantityValue } from '../types.js';

const SUSPECTS = /\b(suspects?|gunm[ae]n|shooters?|attackers?|assailants?|perpetrators?|robbers?|hijackers?|bombers?)\b/i;

/** Slots that hold one value per event: each document contributes its main value. */
export const SINGLE_VALUED: ReadonlySet<string> = new Set(['date', 'place', 'agent']);

export function isSingleValued(slot: string): boolean {
  return SINGLE_VALUED.has(slot) || slot.startsWith('casualty.') || slot.startsWith('quantity.');
}

/** The slot a claim fills: its kind plus, where a kind holds several things, which one. */
export function slotOf(claim: NormalizedClaim): string {
  const v = claim.value as unknown as Record<string, unknown>;
  const kind: ClaimKind = claim.kind;
  switch (kind) {
    case 'casualty': {
      // Sources that count suspects apart from victims ("the gunman was also killed") get a slot of their own.
      const value = claim.value as CasualtyValue;
      return SUSPECTS.test(value.who ?? '') ? `casualty.${value.type}.suspects` : `casualty.${value.type}`;
    }
    case 'quantity':
      return `quantity.${(claim.value as QuantityValue).unit ?? 'count'}`;
    case 'person':
    case 'organization':
      return `${kind}.${v.name as string}`;
    case 'alias':
      return `alias.${v.name as string}`;
    case 'role':
      return `role.${v.person as string}`;
    case 'quote':
      return `quote.${(v.speaker as string | null) ?? 'unattributed'}`;
    default:
      return kind;
  }
}

/** A stable key for equal values. Counts are equal by their figures, whoever the text says they count. */
export function valueKey(value: ClaimValue): string {
  // Comparison asks for a value's key many times over (grouping values, picking a main one,
  // relating statements): each value object is keyed once. Values are never changed after
  // normalization, so the key of an object stays its key.
  let key = keys.get(value);
  if (key === undefined) keys.set(value, (key = keyOf(value)));
  return key;
}

const keys = new WeakMap<ClaimValue, string>();

function keyOf(value: ClaimValue): string {
  const v = value as unknown as Record<string, unknown>;
  if ('min' in v && 'type' in v) return JSON.stringify([v.type, v.min, v.max]);
  return JSON.stringify(value, Object.keys(value).sort());
}
