import type {
  AgentValue, AliasValue, ClaimValue, DateExpression, ExtractedClaim, ExtractedDocument,
  NormalizedClaim, NormalizedDocument, QuoteValue, RoleValue,
} from '../types.js';
import { resolveDate } from './dates.js';
import { introducedAcronyms, organizationCanonicalizer, type OrganizationTable } from './organizations.js';
import { deskNames } from './desk-names.js';
import { canonicalPeople } from './people.js';
import { resolvePlace } from './places.js';

/**
 * Names, places, dates and numbers to canonical values. Person names are canonical
 * across the whole set of documents (the fullest form known), so this stage reads all
 * extracted documents at once; everything else is per claim.
 */
export interface NormalizeOptions {
  /** Extra organization names: canonical name → its other spellings. */
  organizations?: OrganizationTable;
  /** The desk's canonical names of people: canonical name → other spellings. */
  people?: Record<string, string[]>;
  /** The desk's canonical names of places: canonical name → other spellings (resolved after). */
  places?: Record<string, string[]>;
}

/** Organization claims written "Long Form (ACRONYM)" in any document. */
function acronymPairs(docs: ExtractedDocument[]): { long: string; acronym: string }[] {
  const pairs: { long: string; acronym: string }[] = [];
  for (const doc of docs) {
    const orgs = doc.claims.filter((c) => c.kind === 'organization');
    for (let i = 0; i + 1 < orgs.length; i++) {
      const [a, b] = [orgs[i]!, orgs[i + 1]!];
      const between = b.span.start - a.span.end;
      if (between >= 1 && between <= 3 && /\($/.test(doc.sentences[a.sentenceIndex]?.text.slice(0, b.span.start - (doc.sentences[a.sentenceIndex]?.start ?? 0)) ?? '')) {
        pairs.push({ long: (a.value as { name: string }).name, acronym: b.text });
      }
    }
  }
  return pairs;
}

export function normalizeDocuments(docs: ExtractedDocument[], options: NormalizeOptions = {}): NormalizedDocument[] {
  const people = canonicalPeople(docs);
  const introduced = introducedAcronyms(acronymPairs(docs));
  const base = organizationCanonicalizer(options.organizations);
  // A long form the table knows keeps its canonical name; its acronym follows it.
  const organization = organizationCanonicalizer({
    ...Object.fromEntries(Object.entries(introduced).map(([long, acronyms]) => [base(long), [long, ...acronyms.filter((a) => base(a) === a)]])),
    ...options.organizations,
  });
  const canonicalOrganization = (name: string) => organization(base(name));
  const deskPerson = deskNames(options.people);
  const deskPlace = deskNames(options.places);
  return docs.map((doc) => {
    const names = people[doc.id] ?? {};
    // Own keys only: a name such as "constructor" is no key of every object.
    const known = (name: string) => (Object.hasOwn(names, name) ? names[name] : undefined);
    const person = (name: string) => deskPerson(known(name) ?? name);
    const actor = (name: string) => known(name) ?? canonicalOrganization(name);
    const claims: NormalizedClaim[] = doc.claims.map((claim, index): NormalizedClaim => ({
      id: `${doc.id}#${index}`,
      document: doc.id,
      event: null,
      kind: claim.kind,
      text: claim.text,
      span: claim.span,
      value: normalizeValue(claim, doc.published, person, actor, canonicalOrganization, deskPlace),
      qualifiers: claim.qualifiers,
      attribution: claim.attribution,
      sentence: claim.sentence,
      rule: claim.rule,
      sentenceIndex: claim.sentenceIndex,
    }));
    return { ...doc, claims };
  });
}

function normalizeValue(
  claim: ExtractedClaim,
  published: string | null,
  person: (name: string) => string,
  actor: (name: string) => string,
  canonicalOrganization: (name: string) => string,
  deskPlace: (name: string) => string,
): ClaimValue {
  const value = claim.value;
  switch (claim.kind) {
    case 'person':
      return { name: person((value as { name: string }).name) };
    case 'organization':
      return { name: canonicalOrganization((value as { name: string }).name) };
    case 'place':
      return resolvePlace(deskPlace((value as { name: string }).name));
    case 'date':
      return resolveDate(value as DateExpression, published);
    case 'alias': {
      const v = value as AliasValue;
      return { name: person(v.name), alias: v.alias };
    }
    case 'role': {
      const v = value as RoleValue;
      return { person: person(v.person), role: v.role };
    }
    case 'quote': {
      const v = value as QuoteValue;
      return { speaker: v.speaker === null ? null : actor(v.speaker), quote: v.quote };
    }
    case 'agent': {
      const v = value as AgentValue;
      return { name: actor(v.name), action: v.action };
    }
    default:
      return value as ClaimValue;
  }
}
