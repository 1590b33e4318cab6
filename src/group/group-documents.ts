import type { DateValue, EventGroup, Grouping, NormalizedDocument, PlaceValue } from '../types.js';
import { placeLabel, placeRelation } from '../normalize/places.js';
import { anchorsOf, joinAnchors, shareAnchor, specificsOf } from './anchors.js';
import { candidateKeys, topTerms } from './candidates.js';
import { averageLink, type Pair } from './cluster.js';
import { factConflicts, factsOf, joinFacts } from './event-facts.js';
import { actDated } from './act-date.js';
import { eventLabel } from './label.js';
import { countsConflict, dateSpan, datesConflict, mainDate, mainKilled, mainPlace, spansConflict, victims } from './main-facts.js';
import { documentTerms, PackedVectors, vectorOf } from './similarity.js';

export interface GroupingParameters {
  /** Average similarity a cluster needs to take another in. */
  threshold: number;
  /**
   * What one conflicting fact (event dates days apart, places apart, tolls that cannot both
   * hold, different victims) leaves of a pair's similarity. Mild: one changed fact is a
   * contradiction to report inside the event, not another event.
   */
  oneConflict: number;
  /** What each further conflicting fact leaves: two stories that differ twice are two events. */
  moreConflicts: number;
  /**
   * What is left of a pair's similarity when the two name no person and no day (within one)
   * in common: what two reports of one occurrence nearly always share, and two similar
   * occurrences (two shootings in one city, two fires at one company's sites) seldom do.
   */
  nothingSpecificShared: number;
  /**
   * Below this cosine of their words outside place names, a pair's similarity shrinks in
   * proportion: a match report and a bombing story from one city on one day share the
   * city's name and the day, and little else.
   */
  topicOverlap: number;
  /**
   * Two events whose documents disagree on this many kinds of fact (date, toll, victims), with
   * no document of either agreeing, stay apart however alike their words: the 2024 raid and
   * the 2025 strike on one militant group's leaders. One kind is a contradiction to report.
   */
  conflictingFactsApart: number;
}

/**
 * Picked on half of the dev groups (even-numbered ECB+ topics and the Chicago mix) and checked
 * on the rest (odd topics, the Houston mix) and on same-city mixes of other GVA incidents;
 * scripts/tune-grouping.mjs prints the figures for a grid around them.
 */
export const GROUPING: GroupingParameters = { threshold: 0.08, oneConflict: 0.6, moreConflicts: 0.35, nothingSpecificShared: 0.35, topicOverlap: 0.05, conflictingFactsApart: 2 };

/** A victim named by both documents weighs a pair up. */
const SHARED_VICTIM_FACTOR = 1.5;
const SHARED_VICTIM_FLOOR = 0.3;

/**
 * Similarity of what two documents say happened: their words and names (weighed by a general
 * corpus, see similarity.ts), weighed down when their event dates, places, tolls or victims
 * cannot be the same. Returns the scorer over document indexes and what candidate pairs are
 * drawn from.
 */
function pairScorer(docs: NormalizedDocument[], params: GroupingParameters) {
  // Each document's term Maps go as soon as they are packed: only typed arrays and the top
  // terms (what candidate pairs are drawn from) stay for the pairs.
  const words = new PackedVectors();
  const topics = new PackedVectors();
  const tops: string[][] = [];
  for (const doc of docs) {
    const terms = documentTerms(doc);
    const vector = vectorOf(terms.all);
    words.add(vector);
    tops.push(topTerms(vector));
    topics.add(vectorOf(terms.topic));
  }
  words.done();
  topics.done();
  const wordCosine = words.cosine;
  const topicCosine = topics.cosine;
  const dates = docs.map((d) => dateSpan(mainDate(d)));
  const places = docs.map((d) => mainPlace(d)?.value as PlaceValue | undefined);
  const named = docs.map(victims);
  const killed = docs.map(mainKilled);
  const specifics = docs.map(specificsOf);
  // Few distinct places, many pairs: each pair of places (by name and country) is looked up in
  // the gazetteer once, and found again by two numbers, not a string made for every pair.
  const placeIds = new Map<string, number>();
  const placeId = places.map((p) => {
    if (!p) return -1;
    const key = `${p.name}\u0000${p.country}`;
    let id = placeIds.get(key);
    if (id === undefined) placeIds.set(key, (id = placeIds.size));
    return id;
  });
  const apart = new Map<number, boolean>();
  const placesApart = (i: number, j: number) => {
    const key = placeId[i]! * placeIds.size + placeId[j]!;
    let found = apart.get(key);
    if (found === undefined) apart.set(key, (found = placeRelation(places[i]!, places[j]!) === 'disjoint'));
    return found;
  };
  const fullNames = named.map((v) => [...v].filter((name) => name.includes(' ')));
  const score = (i: number, j: number): number => {
    let sim = wordCosine(i, j);
    // Two stories from one city share its name, weighed as a rare word: they must share more.
    sim *= Math.min(1, topicCosine(i, j) / params.topicOverlap);
    let conflicts = 0;
    if (spansConflict(dates[i]!, dates[j]!)) conflicts++;
    if (placeId[i]! >= 0 && placeId[j]! >= 0 && placesApart(i, j)) conflicts++;
    if (countsConflict(killed[i]!, killed[j]!)) conflicts++;
    const [va, vb] = [named[i]!, named[j]!];
    // Follow-up stories (arrest, charges, funeral, trial) join the event whose victim they name.
    const sharedVictim = va.size > 0 && vb.size > 0 && fullNames[i]!.some((v) => vb.has(v));
    if (va.size && vb.size && !sharedVictim) conflicts++;
    if (conflicts) sim *= params.oneConflict * params.moreConflicts ** (conflicts - 1);
    if (!shareAnchor(specifics[i]!, specifics[j]!)) sim *= params.nothingSpecificShared;
    if (sharedVictim) sim = Math.max(sim * SHARED_VICTIM_FACTOR, SHARED_VICTIM_FLOOR);
    return sim;
  };
  return { tops, fullNames, score };
}

/**
 * Similarity of the pairs worth comparing (candidates.ts), documents left out by `skip` in
 * none of them.
 */
export function pairSimilarities(docs: NormalizedDocument[], params: GroupingParameters = GROUPING, skip: (i: number) => boolean = () => false): Pair[] {
  return [...scoredPairs(pairScorer(docs, params), skip)];
}

/**
 * The candidate pairs (candidates.ts) in their order, each scored as it is taken: clustering
 * reads each once, so no list of them all is made (at 10,000 articles, millions of pairs).
 */
function* scoredPairs({ tops, fullNames, score }: ReturnType<typeof pairScorer>, skip: (i: number) => boolean): Generator<Pair> {
  const keys = candidateKeys(tops.map((top, i) => (skip(i) ? [] : top)), fullNames.map((names, i) => (skip(i) ? [] : names)));
  const n = tops.length;
  for (const key of keys) {
    const i = Math.floor(key / n);
    const j = key % n;
    yield { i, j, sim: score(i, j) };
  }
}

/**
 * Identical texts (one article saved under several names, a wire story in many files): the
 * indexes of their documents, by first occurrence. Grouping weighs each text once with its
 * number of copies, so copies cost nearly nothing; and since they say the same, they stand
 * together in one event.
 */
function distinctTexts(docs: NormalizedDocument[]): number[][] {
  const byText = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const key = `${d.hash}\u0000${d.published}`;
    const list = byText.get(key);
    if (list) list.push(i);
    else byText.set(key, [i]);
  });
  return [...byText.values()];
}

/**
 * Documents → clusters of document indexes: average link over the pair similarities, where an
 * article joins an event only if it shares an actor, a place or a date with it, and does not
 * disagree with all of it on two kinds of fact. A document with no actor, place or date can
 * join nothing: it is left out of the pairs and stands alone.
 */
export function clusterDocuments(docs: NormalizedDocument[], params: GroupingParameters = GROUPING): number[][] {
  const texts = distinctTexts(docs);
  const first = texts.map((copies) => docs[copies[0]!]!);
  const anchors = first.map((d) => anchorsOf(d));
  const facts = first.map(factsOf);
  const alone = anchors.map((a) => a.own.size === 0);
  const scorer = pairScorer(first, params);
  const clusters = averageLink(
    first.length,
    scoredPairs(scorer, (i) => alone[i]!),
    params.threshold,
    (a, b) => shareAnchor(anchors[a]!, anchors[b]!) && factConflicts(facts[a]!, facts[b]!) < params.conflictingFactsApart,
    (kept, gone) => {
      anchors[kept] = joinAnchors(anchors[kept]!, anchors[gone]!);
      facts[kept] = joinFacts(facts[kept]!, facts[gone]!);
    },
    texts.map((copies) => copies.length),
  );
  // Copies that could not be an event even among themselves (nothing to anchor it, or no
  // words to weigh) are each a document on its own, as any such document is.
  const ownEvent = (t: number) => !alone[t] && scorer.score(t, t) >= params.threshold;
  const out: number[][] = [];
  for (const members of clusters) {
    if (members.length === 1 && texts[members[0]!]!.length > 1 && !ownEvent(members[0]!)) {
      for (const i of texts[members[0]!]!) out.push([i]);
    } else {
      out.push(members.flatMap((t) => texts[t]!).sort((x, y) => x - y));
    }
  }
  return out.sort((x, y) => x[0]! - y[0]!);
}

function mostCommon<T>(values: T[], key: (v: T) => string): T | null {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    counts.set(k, { value: v, n: (counts.get(k)?.n ?? 0) + 1 });
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0]?.[1].value ?? null;
}

/**
 * Documents → events. A claim belongs to its document's event unless it is background: a
 * toll marked so, or a sentence that dates itself away from the event ("On October 14, …").
 */
export function groupDocuments(docs: NormalizedDocument[], params: GroupingParameters = GROUPING): Grouping {
  const active = docs.filter((d) => d.sentences.length > 0);
  const clusters = clusterDocuments(active, params);
  const events: EventGroup[] = [];
  const documentEvent: Record<string, string | null> = Object.fromEntries(docs.map((d) => [d.id, null]));
  const claimEvent: Record<string, string | null> = {};
  clusters.forEach((members, n) => {
    const id = `E${n + 1}`;
    const own = members.map((i) => active[i]!);
    const date = mostCommon(own.map(mainDate).filter((d): d is DateValue => d !== null), (d) => `${d.start}/${d.end}`);
    const place = mostCommon(own.map((d) => mainPlace(d)?.value as PlaceValue | undefined).filter((p): p is PlaceValue => !!p), (p) => p.name);
    events.push({ id, label: eventLabel(own, place), documents: own.map((d) => d.id), date, place: place ? placeLabel(place) : null });
    for (const doc of own) {
      documentEvent[doc.id] = id;
      // The act's dated sentences are read once a document, and only when a date is apart from the event's.
      let acted: Set<number> | null = null;
      const background = new Set(
        doc.claims.filter((c) => c.kind === 'date' && datesConflict(c.value as DateValue, date) && !(acted ??= actDated(doc)).has(c.sentenceIndex)).map((c) => c.sentenceIndex),
      );
      for (const c of doc.claims) {
        claimEvent[c.id] = background.has(c.sentenceIndex) || c.qualifiers.includes('background') ? null : id;
      }
    }
  });
  for (const doc of docs) for (const c of doc.claims) if (!(c.id in claimEvent)) claimEvent[c.id] = null;
  return { events, documentEvent, claimEvent };
}
