import type { CasualtyValue, ClaimKind, ClaimValue, NormalizedClaim, QuantityValue } from '../types.js';

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
    case 'casualty':
      return `casualty.${(claim.value as CasualtyValue).type}`;
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

/** A stable key for equal values. */
export function valueKey(value: ClaimValue): string {
  return JSON.stringify(value, Object.keys(value).sort());
}
