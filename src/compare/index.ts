import type { CasualtyValue, DateValue, Finding, FindingStatus, FindingValue, Grouping, NormalizedClaim, NormalizedDocument } from '../types.js';
import { display } from './display.js';
import { independentSources, sourceGroups } from './independence.js';
import type { TextWords } from './text-words.js';
import { relateClaims, type Relation } from './relate.js';
import { isSingleValued, slotOf, valueKey } from './slots.js';
import { isActSentence, mainPlace } from '../group/main-facts.js';
import { nameSpeakers, quotationGroups } from './quotes.js';
import { isEventClaim, isHomeTownPlace, isOutletPlace, maySceneClaim } from '../extract/not-event.js';
import { documentToll, ownReports, reportsBeforeDeath, tollVoters, type DocumentTolls } from '../group/casualty-toll.js';
import { namedNonVictims, namedVictims, victimFacts as factsOf, type VictimFacts } from './victims.js';
import { victimNameConflict, type AgedPerson } from './victim-conflicts.js';
import { copiedSentenceNames } from './victim-copies.js';
import { eventStatements, filedElsewhere } from './event-statements.js';
import { statesActDate } from '../group/act-date.js';
import { statementConflicts } from './statement-conflicts.js';
import { findingReason } from './reasons.js';
import { policeConflicts, policePlaces } from './police-places.js';
import { SPEAKER_INFERRED } from '../extract/quote.js';
import { compareText } from '../util/collate.js';

const VICTIMS_SLOT = 'person.victims';
const QUOTATION = '\u0000';

export interface Comparison {
  findings: Finding[];
  eventSources: Record<string, number>;
}

interface DocumentValue {
  document: string;
  published: string | null;
  claim: NormalizedClaim;
}

/**
 * The value a document gives for a single-valued slot. Casualty counts: see casualty-toll.ts;
 * other slots: the most repeated value, then the earliest.
 */
function mainClaim(claims: NormalizedClaim[], doc: NormalizedDocument): NormalizedClaim | null {
  if (claims[0]!.kind === 'place') {
    // Not the outlet's town on its title; a home town ("a Springfield man") only when no other place is said with the act.
    const said = claims.filter((c) => !filedElsewhere(c, doc));
    return mainPlace(doc, said.filter((c) => !isHomeTownPlace(c) && !isOutletPlace(c))) ?? mainPlace(doc, said);
  }
  if (claims[0]!.kind === 'date') {
    // The event's date is one said with the act, not a deadline or background year.
    // The first date bound to the act ("killed on Sunday"), else the first in a sentence of the act.
    // A day after publication cannot be when a reported act happened (a year misread): left out.
    const own = claims.filter((c) => isActSentence(c.sentence) && isEventClaim(c) && !afterPublication(c, doc));
    return own.find((c) => statesActDate(c, doc)) ?? own[0] ?? null;
  }
  if (claims[0]!.kind === 'casualty') return documentToll(claims);
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(valueKey(c.value), (counts.get(valueKey(c.value)) ?? 0) + 1);
  return [...claims].sort((a, b) => counts.get(valueKey(b.value))! - counts.get(valueKey(a.value))! || a.span.start - b.span.start)[0]!;
}

const afterPublication = (c: NormalizedClaim, doc: NormalizedDocument) => !!doc.published && ((c.value as DateValue).start ?? '') > doc.published;

function status(kind: NormalizedClaim['kind'], values: DocumentValue[]): { status: FindingStatus; latest: string | null } {
  const docs = new Set(values.map((v) => v.document));
  if (docs.size < 2) return { status: 'single', latest: null };
  let worst: Relation = 'equal';
  let ordered = true;
  // Values are related once per distinct value, not once per pair of claims: many copies of one
  // story (a wire story in 2,000 papers) must not make comparison quadratic. Quotes relate by
  // their claims (who is sure of the speaker): a value and that.
  const distinct = new Map<string, DocumentValue[]>();
  values.forEach((v) => {
    const key = kind === 'quote' ? `${valueKey(v.claim.value)}\u0000${v.claim.qualifiers.includes(SPEAKER_INFERRED)}` : valueKey(v.claim.value);
    const group = distinct.get(key);
    if (group) group.push(v);
    else distinct.set(key, [v]);
  });
  const groups = [...distinct.values()];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const [a, b] = [groups[i]!, groups[j]!];
      const across = (x: DocumentValue[], y: DocumentValue[]) => x.some((u) => y.some((w) => u.document !== w.document));
      if (!across(a, b)) continue;
      const r = relateClaims(a[0]!.claim, b[0]!.claim);
      if (r === 'conflict' || (r === 'compatible' && worst === 'equal')) worst = r;
      // Counts revised by later reports are updates: every conflicting pair is ordered in time.
      if (r === 'conflict' && ordered) ordered = !a.some((u) => b.some((w) => w.document !== u.document && (!u.published || !w.published || w.published === u.published)));
    }
  }
  if (worst === 'equal') return { status: 'agree', latest: null };
  if (worst === 'compatible') return { status: 'compatible', latest: null };
  if (kind === 'casualty' && ordered) {
    const latest = [...values].sort((a, b) => compareText(b.published ?? '', a.published ?? '') || b.claim.span.start - a.claim.span.start)[0]!;
    return { status: 'update', latest: valueKey(latest.claim.value) };
  }
  return { status: 'contradict', latest: null };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Documents of an event whose injured are the dead of other reports (see reportsBeforeDeath). */
function earlyInjuredReports(slots: Map<string, NormalizedClaim[]>, docsById: Map<string, NormalizedDocument>, own: Set<string>): Set<string> {
  const tolls = new Map<string, DocumentTolls>();
  for (const type of ['killed', 'injured'] as const) {
    const byDoc = new Map<string, NormalizedClaim[]>();
    for (const c of tollVoters(slots.get(`casualty.${type}`) ?? [], new Set(), own)) push(byDoc, c.document, c);
    for (const [doc, own] of byDoc) {
      const toll = tolls.get(doc) ?? { killed: null, injured: null, mostInjured: 0, published: docsById.get(doc)?.published ?? null };
      toll[type] = documentToll(own);
      if (type === 'injured') toll.mostInjured = Math.max(0, ...own.filter((c) => !c.qualifiers.includes('background')).map((c) => (c.value as CasualtyValue).min));
      tolls.set(doc, toll);
    }
  }
  return reportsBeforeDeath(tolls);
}

/**
 * Findings per event and slot. Reads only normalized documents and the grouping (`textWords`:
 * the words of those read already, see text-words.ts).
 */
export function compareEvents(docs: NormalizedDocument[], grouping: Grouping, textWords?: TextWords): Comparison {
  const findings: Finding[] = [];
  const eventSources: Record<string, number> = {};
  const published = new Map(docs.map((d) => [d.id, d.published]));
  const docsById = new Map(docs.map((d) => [d.id, d]));
  const sourceOf = sourceGroups(docs, textWords);
  const victimFacts = new Map<string, VictimFacts>();
  const claimsById = new Map(docs.flatMap((d) => d.claims.map((c) => [c.id, c] as const)));
  for (const event of grouping.events) {
    eventSources[event.id] = independentSources(event.documents, sourceOf);
    const slots = new Map<string, NormalizedClaim[]>();
    const quotes: NormalizedClaim[] = [];
    const aged: AgedPerson[] = [];
    const nonVictims = new Set<string>();
    const police = new Map<string, NormalizedClaim[]>();
    // The event's own documents (in the folder's order), not every document for every event.
    for (const doc of event.documents.map((id) => docsById.get(id)!)) {
      for (const claim of doc.claims) {
        // People named with an age anywhere in the event's documents: who a victim's age belongs to.
        if (claim.kind === 'person') {
          const { age } = factsOf(claim, doc);
          if (age !== null) aged.push({ claim, age });
        }
        if (grouping.claimEvent[claim.id] !== event.id) continue;
        if (claim.kind === 'quote') {
          quotes.push(claim);
          continue;
        }
        push(slots, slotOf(claim), claim);
      }
      for (const name of namedNonVictims(doc)) nonVictims.add(name);
      for (const claim of policePlaces(doc)) if (grouping.claimEvent[claim.id] === event.id) push(police, doc.id, claim);
      // Who was killed or shot, by name: one slot for the event's named victims.
      for (const claim of namedVictims(doc)) {
        victimFacts.set(claim.id, factsOf(claim, doc));
        if (grouping.claimEvent[claim.id] === event.id) push(slots, VICTIMS_SLOT, claim);
      }
    }
    // Names at one place of a sentence two of the event's sources both give.
    const copies = copiedSentenceNames(event.documents.map((id) => docsById.get(id)!)).filter((pair) => pair.every((c) => grouping.claimEvent[c.id] === event.id));
    // One finding per quotation, under its speaker's slot (a speaker may have several).
    quotationGroups(quotes).forEach((group, i) => slots.set(`${group.slot}${QUOTATION}${i}`, group.claims));
    const reportsOnEvent = ownReports([...(slots.get('casualty.killed') ?? []), ...(slots.get('casualty.injured') ?? [])]);
    const beforeDeath = earlyInjuredReports(slots, docsById, reportsOnEvent);
    for (const key of [...slots.keys()].sort()) {
      const claims = key.startsWith('casualty.') ? tollVoters(slots.get(key)!, key === 'casualty.injured' ? beforeDeath : new Set(), reportsOnEvent) : slots.get(key)!;
      if (!claims.length) continue;
      const slot = key.split(QUOTATION)[0]!;
      const kind = claims[0]!.kind;
      const byDoc = new Map<string, NormalizedClaim[]>();
      for (const c of claims) push(byDoc, c.document, c);
      const compared: DocumentValue[] = [];
      const mains = new Map<string, NormalizedClaim | null>();
      for (const [document, own] of byDoc) {
        const main = isSingleValued(slot) ? mainClaim(own, docsById.get(document)!) : null;
        mains.set(document, main);
        const picked = isSingleValued(slot) ? (main ? [main] : []) : own;
        for (const claim of picked) compared.push({ document, published: published.get(document) ?? null, claim });
      }
      if (!compared.length) continue;
      // Sentences that state the event's place, day or toll otherwise than another source's value.
      if (isSingleValued(slot)) {
        // Each source's value once, with the documents that give it: a statement is checked
        // against the distinct values of the other documents (copies of one story are many).
        const given = new Map<string, { claim: NormalizedClaim; documents: Set<string> }>();
        const give = (v: DocumentValue) => {
          if (v.claim !== mains.get(v.document)) return;
          const key = valueKey(v.claim.value);
          const known = given.get(key);
          if (known) known.documents.add(v.document);
          else given.set(key, { claim: v.claim, documents: new Set([v.document]) });
        };
        compared.forEach(give);
        for (const [document, own] of byDoc) {
          const others = [...given.values()].filter((g) => g.documents.size > 1 || !g.documents.has(document));
          for (const claim of eventStatements(own, mains.get(document) ?? null, docsById.get(document)!)) {
            if (others.some((o) => statementConflicts(kind, claim, o.claim))) {
              const value = { document, published: published.get(document) ?? null, claim };
              compared.push(value);
              give(value);
            }
          }
        }
        // The city whose police a source quotes, against the others' places across a state line.
        if (slot === 'place') {
          for (const [document, own] of police) {
            const others = [...given.values()].filter((g) => g.documents.size > 1 || !g.documents.has(document)).map((g) => g.claim);
            for (const claim of own) if (policeConflicts(claim, others, (byDoc.get(document) ?? []).filter(maySceneClaim))) compared.push({ document, published: published.get(document) ?? null, claim });
          }
        }
      }
      const groups = new Map<string, FindingValue>();
      const documentsOf = new Map<string, Set<string>>();
      for (const c of isSingleValued(slot) ? compared.map((v) => v.claim) : claims) {
        const key = valueKey(c.value);
        const fv = groups.get(key) ?? { value: c.value, display: display(c.kind, c.value), claims: [], documents: [], attributions: [], hedged: true, sources: 0 };
        fv.claims.push(c.id);
        const documents = documentsOf.get(key) ?? documentsOf.set(key, new Set()).get(key)!;
        if (!documents.has(c.document)) {
          documents.add(c.document);
          fv.documents.push(c.document);
        }
        if (c.attribution && !fv.attributions.includes(c.attribution)) fv.attributions.push(c.attribution);
        fv.hedged &&= c.qualifiers.some((q) => ['reportedly', 'allegedly', 'unconfirmed'].includes(q));
        groups.set(key, fv);
      }
      const values = [...groups.values()];
      if (kind === 'quote') nameSpeakers(values);
      for (const v of values) v.sources = independentSources(v.documents, sourceOf);
      // Most-supported first; between equally supported counts, the larger (fuller reports come later).
      const size = (v: FindingValue) => (kind === 'casualty' || kind === 'quantity' ? (v.value as { min: number }).min : 0);
      values.sort((a, b) => b.sources - a.sources || b.documents.length - a.documents.length || b.claims.length - a.claims.length || size(b) - size(a) || compareText(a.display, b.display));
      const { status: st, latest } = status(kind, compared);
      const finding: Finding = {
        id: '', event: event.id, kind, slot, status: st, values,
        latest: latest === null ? null : values.findIndex((v) => valueKey(v.value) === latest),
        reason: findingReason(kind, st, values, { claims: claimsById, published }),
      };
      if (slot === VICTIMS_SLOT) victimNameConflict(finding, findings, victimFacts, aged, nonVictims, claimsById, copies);
      findings.push(finding);
    }
  }
  findings.forEach((f, i) => (f.id = `F${i + 1}`));
  return { findings, eventSources };
}
