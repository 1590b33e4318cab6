import type { ClaimKind, DateValue, FindingReason, FindingStatus, FindingValue, NormalizedClaim, PlaceValue } from '../types.js';
import { placeEntry, placeRank } from '../normalize/places.js';
import { isUnresolvedWeekday, relateDates } from './date-relation.js';
import { relate } from './relate.js';

export interface ReasonContext {
  claims: Map<string, NormalizedClaim>;
  published: Map<string, string | null>;
}

/** The first pair of values from different documents that cannot both hold, most-supported first. */
function conflictingPair(kind: ClaimKind, values: FindingValue[]): [number, number] | null {
  const documents = values.map((v) => new Set(v.documents));
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const apart = values[j]!.documents.some((d) => !documents[i]!.has(d)) || values[i]!.documents.some((d) => !documents[j]!.has(d));
      if (apart && relate(kind, values[i]!.value, values[j]!.value) === 'conflict') return [i, j];
    }
  }
  return null;
}

/** Relative dates behind two values, with the publication date each was resolved against. */
function resolvedDates(pair: number[], values: FindingValue[], ctx: ReasonContext): NonNullable<FindingReason['resolved']> {
  const out: NonNullable<FindingReason['resolved']> = [];
  for (const index of pair) {
    const claim = values[index]!.claims.map((id) => ctx.claims.get(id)).find((c) => c && (c.value as DateValue).relative);
    if (claim) out.push({ value: index, text: claim.text, document: claim.document, published: ctx.published.get(claim.document) ?? null });
  }
  return out;
}

function placeLevel(a: PlaceValue, b: PlaceValue): string {
  // A town the gazetteer does not hold, written with its state ("Longmont, Florida"), is a city.
  const type = (v: PlaceValue) => placeEntry(v)?.type ?? (v.country && placeRank(v) === 2 ? 'city' : null);
  if (a.country && b.country && a.country !== b.country) return 'country';
  return type(a) && type(a) === type(b) ? type(a)! : 'not-within';
}

/** A date finding that holds a weekday no publication date could place: it was not checked. */
function unresolvedWeekday(values: FindingValue[], ctx: ReasonContext): FindingReason | null {
  const index = values.findIndex((v) => isUnresolvedWeekday(v.value as DateValue));
  if (index < 0) return null;
  const other = values.findIndex((v, i) => i !== index && relateDates(values[index]!.value as DateValue, v.value as DateValue).note === 'weekday-unresolved');
  if (other < 0) return null;
  return { code: 'weekday-unresolved', values: [index, other], resolved: resolvedDates([index], values, ctx) };
}

/** Why the values of a finding cannot all hold (contradictions), or could not be checked (unresolved weekdays). */
export function findingReason(kind: ClaimKind, status: FindingStatus, values: FindingValue[], ctx: ReasonContext): FindingReason | null {
  if (kind === 'date' && status === 'compatible') return unresolvedWeekday(values, ctx);
  if (status !== 'contradict') return null;
  const pair = conflictingPair(kind, values);
  if (!pair) return null;
  const [a, b] = [values[pair[0]]!.value, values[pair[1]]!.value];
  switch (kind) {
    case 'date': {
      const note = relateDates(a as DateValue, b as DateValue).note;
      return { code: note === 'different-weekdays' ? 'different-weekdays' : 'different-days', values: pair, resolved: resolvedDates(pair, values, ctx) };
    }
    case 'place': {
      // A city's police against a place in another state: the police's value first.
      const policeAt = pair.findIndex((i) => values[i]!.claims.every((id) => ctx.claims.get(id)?.kind === 'organization'));
      if (policeAt >= 0) return { code: 'different-places', values: policeAt === 0 ? pair : [pair[1], pair[0]], level: 'police' };
      const level = placeLevel(a as PlaceValue, b as PlaceValue);
      // "Roswell is not within New Mexico": the more specific place first.
      const inner = level === 'not-within' && placeRank(b as PlaceValue) > placeRank(a as PlaceValue) ? [pair[1], pair[0]] as [number, number] : pair;
      return { code: 'different-places', values: inner, level };
    }
    case 'casualty':
    case 'quantity': {
      const days = [...new Set([...values[pair[0]]!.documents, ...values[pair[1]]!.documents].map((d) => ctx.published.get(d) ?? null))];
      return { code: 'different-counts', values: pair, published: days.length === 1 ? days[0]! : null };
    }
    case 'quote':
      return { code: 'different-wording', values: pair };
    default:
      return { code: 'different-values', values: pair };
  }
}
