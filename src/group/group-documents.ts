import type { DateValue, EventGroup, Grouping, NormalizedDocument, PlaceValue } from '../types.js';
import { placeLabel, placeRelation } from '../normalize/places.js';
import { actDated } from './act-date.js';
import { eventLabel } from './label.js';
import { countsConflict, datesConflict, mainDate, mainKilled, mainPlace, victims } from './main-facts.js';
import { cosine, termsOf, tfidf } from './similarity.js';

/** Average similarity a cluster needs to take another in: tuned on the ECB+ and GVA dev sets. */
export const MERGE_THRESHOLD = 0.06;
/**
 * Event dates days apart, places apart, tolls that cannot both hold, or different victims
 * each weigh a pair down; not to nothing, since follow-up stories date and count differently.
 */
const CONFLICT_FACTOR = 0.35;
/** A victim named by both documents weighs a pair up. */
const SHARED_VICTIM_FACTOR = 1.5;
const SHARED_VICTIM_FLOOR = 0.3;

/**
 * Pairwise similarity of what two documents say happened: their words and names (TF-IDF
 * over the set), weighed down when their event dates or places cannot be the same.
 */
export function similarities(docs: NormalizedDocument[]): number[][] {
  const vectors = tfidf(docs.map(termsOf));
  const dates = docs.map(mainDate);
  const places = docs.map((d) => mainPlace(d)?.value as PlaceValue | undefined);
  const named = docs.map(victims);
  const killed = docs.map(mainKilled);
  return docs.map((_, i) =>
    docs.map((__, j) => {
      if (i === j) return 1;
      let sim = cosine(vectors[i]!, vectors[j]!);
      if (datesConflict(dates[i]!, dates[j]!)) sim *= CONFLICT_FACTOR;
      const [a, b] = [places[i], places[j]];
      if (a && b && placeRelation(a, b) === 'disjoint') sim *= CONFLICT_FACTOR;
      if (countsConflict(killed[i]!, killed[j]!)) sim *= CONFLICT_FACTOR;
      const [va, vb] = [named[i]!, named[j]!];
      // Follow-up stories (arrest, charges, funeral, trial) join the event whose victim they name.
      if (va.size && vb.size) sim = [...va].some((v) => vb.has(v) && v.includes(' ')) ? Math.max(sim * SHARED_VICTIM_FACTOR, SHARED_VICTIM_FLOOR) : sim * CONFLICT_FACTOR;
      return sim;
    }),
  );
}

/** Average-link agglomerative clustering: merge the most similar clusters while similar enough. */
export function cluster(sim: number[][], threshold: number): number[][] {
  const clusters = sim.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let pair: [number, number] = [0, 0];
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        let total = 0;
        for (const i of clusters[a]!) for (const j of clusters[b]!) total += sim[i]![j]!;
        const avg = total / (clusters[a]!.length * clusters[b]!.length);
        if (avg > best) [best, pair] = [avg, [a, b]];
      }
    }
    if (best < threshold || clusters.length < 2) return clusters;
    clusters[pair[0]] = [...clusters[pair[0]]!, ...clusters[pair[1]]!].sort((x, y) => x - y);
    clusters.splice(pair[1], 1);
  }
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
export function groupDocuments(docs: NormalizedDocument[], threshold = MERGE_THRESHOLD): Grouping {
  const active = docs.filter((d) => d.sentences.length > 0);
  const clusters = cluster(similarities(active), threshold).sort((a, b) => a[0]! - b[0]!);
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
      const background = new Set(
        doc.claims.filter((c) => c.kind === 'date' && datesConflict(c.value as DateValue, date) && !actDated(doc).has(c.sentenceIndex)).map((c) => c.sentenceIndex),
      );
      for (const c of doc.claims) {
        claimEvent[c.id] = background.has(c.sentenceIndex) || c.qualifiers.includes('background') ? null : id;
      }
    }
  });
  for (const doc of docs) for (const c of doc.claims) if (!(c.id in claimEvent)) claimEvent[c.id] = null;
  return { events, documentEvent, claimEvent };
}
