import type { DateValue, EventGroup, Grouping, NormalizedDocument, PlaceValue } from '../types.js';
import { placeLabel, placeRelation } from '../normalize/places.js';
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

/**
 * Average-link agglomerative clustering: merge the most similar clusters while similar enough.
 * The pair merged is the first (in cluster order) of highest average similarity. Sums of
 * similarities between clusters and each cluster's best partner are kept up to date, so a
 * merge costs O(n), not O(n²): 2,000 copies of one article group in well under a second.
 */
export function cluster(sim: number[][], threshold: number): number[][] {
  const n = sim.length;
  if (n < 2) return sim.map((_, i) => [i]);
  // Cluster slots keep their order: slot a holds the cluster at position a of the naive list.
  const sums = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sums[i * n + j] = sim[Math.min(i, j)]![Math.max(i, j)]!;
  const members: number[][] = sim.map((_, i) => [i]);
  const alive = new Uint8Array(n).fill(1);
  const bestAvg = new Float64Array(n);
  const bestOf = new Int32Array(n);
  const average = (a: number, b: number) => sums[a * n + b]! / (members[a]!.length * members[b]!.length);
  /** Best partner after a (the naive scan only pairs a with later clusters). */
  const rescan = (a: number) => {
    bestAvg[a] = -Infinity;
    bestOf[a] = -1;
    for (let b = a + 1; b < n; b++) {
      if (!alive[b]) continue;
      const avg = average(a, b);
      if (avg > bestAvg[a]!) [bestAvg[a], bestOf[a]] = [avg, b];
    }
  };
  for (let a = 0; a < n; a++) rescan(a);
  for (let left = n; left > 1; left--) {
    let a = -1;
    for (let c = 0; c < n; c++) if (alive[c] && bestOf[c]! >= 0 && (a < 0 || bestAvg[c]! > bestAvg[a]!)) a = c;
    if (a < 0 || bestAvg[a]! < threshold) break;
    const b = bestOf[a]!;
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y);
    alive[b] = 0;
    for (let c = 0; c < n; c++) {
      sums[a * n + c] = sums[a * n + c]! + sums[b * n + c]!;
      sums[c * n + a] = sums[a * n + c]!;
    }
    rescan(a);
    for (let c = 0; c < n; c++) {
      if (!alive[c] || c === a || c > b) continue;
      if (bestOf[c] === a || bestOf[c] === b) rescan(c);
      else if (c < a) {
        const avg = average(c, a);
        if (avg > bestAvg[c]! || (avg === bestAvg[c] && a < bestOf[c]!)) [bestAvg[c], bestOf[c]] = [avg, a];
      }
    }
  }
  return members.filter((_, i) => alive[i]);
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
        doc.claims.filter((c) => c.kind === 'date' && datesConflict(c.value as DateValue, date)).map((c) => c.sentenceIndex),
      );
      for (const c of doc.claims) {
        claimEvent[c.id] = background.has(c.sentenceIndex) || c.qualifiers.includes('background') ? null : id;
      }
    }
  });
  for (const doc of docs) for (const c of doc.claims) if (!(c.id in claimEvent)) claimEvent[c.id] = null;
  return { events, documentEvent, claimEvent };
}
