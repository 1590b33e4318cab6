import type { DateValue, EventGroup, Grouping, NormalizedDocument } from '../types.js';

// First version: documents that share enough named entities and do not disagree on
// their first full date form one event.
function features(doc: NormalizedDocument): Set<string> {
  const out = new Set<string>();
  for (const c of doc.claims) {
    if (c.kind === 'person' || c.kind === 'place' || c.kind === 'organization') out.add(`${c.kind}:${(c.value as { name: string }).name}`);
  }
  return out;
}

function mainDate(doc: NormalizedDocument): DateValue | null {
  for (const c of doc.claims) if (c.kind === 'date' && (c.value as DateValue).start && (c.value as DateValue).granularity === 'day') return c.value as DateValue;
  return null;
}

export function groupDocuments(docs: NormalizedDocument[]): Grouping {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const feats = docs.map(features);
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const a = feats[i]!;
      const b = feats[j]!;
      const shared = [...a].filter((x) => b.has(x)).length;
      const jaccard = shared / Math.max(1, a.size + b.size - shared);
      const da = mainDate(docs[i]!);
      const db = mainDate(docs[j]!);
      const dateConflict = da && db && Math.abs(Date.parse(da.start!) - Date.parse(db.start!)) > 3 * 864e5;
      if (jaccard >= 0.2 && !dateConflict) parent[find(j)] = find(i);
    }
  }
  const members = new Map<number, number[]>();
  docs.forEach((doc, i) => {
    if (!doc.claims.length) return;
    const root = find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  });
  const events: EventGroup[] = [];
  const documentEvent: Record<string, string | null> = {};
  const claimEvent: Record<string, string | null> = {};
  for (const doc of docs) documentEvent[doc.id] = null;
  [...members.values()].sort((a, b) => a[0]! - b[0]!).forEach((idx, n) => {
    const id = `E${n + 1}`;
    const first = docs[idx[0]!]!;
    events.push({ id, label: first.title ?? first.sentences[0]?.text.slice(0, 80) ?? id, documents: idx.map((i) => docs[i]!.id), date: mainDate(first), place: null });
    for (const i of idx) {
      documentEvent[docs[i]!.id] = id;
      for (const c of docs[i]!.claims) claimEvent[c.id] = id;
    }
  });
  for (const doc of docs) for (const c of doc.claims) if (!(c.id in claimEvent)) claimEvent[c.id] = null;
  return { events, documentEvent, claimEvent };
}
