import { describe, expect, it } from 'vitest';
import { averageLink, type Pair } from '../../src/group/cluster.js';
import { sourceGroups } from '../../src/compare/independence.js';
import { analyze, extractAll } from '../../src/pipeline.js';
import type { NormalizedDocument } from '../../src/types.js';
import { documentFrom } from '../helpers/documents.js';

// Identical texts (a wire story saved in many files) are read, grouped and compared once each,
// under every copy's own id: the report is what it would be without the shortcut, only faster.

const STORY = '---\ntitle: Gunman kills three in Springfield\npublished: 2025-03-05\n---\nA gunman killed three people in Springfield on Monday, police said.\n';
const OTHER = '---\ntitle: Fire at a Dayton warehouse\npublished: 2025-03-06\n---\nTwo firefighters were hurt when a warehouse burned in Dayton, Ohio on Tuesday, officials said.\n';

function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('identical documents', () => {
  it('a copy takes the first one\'s claims under its own id, with its own ingest warnings', () => {
    const a = documentFrom(STORY, 'a.md');
    const b = documentFrom(STORY, 'b.md');
    b.warnings.push('a warning of this file only');
    const [ea, eb] = extractAll([a, b]);
    expect(eb!.id).toBe('b.md');
    expect(eb!.claims).toEqual(ea!.claims);
    expect(eb!.warnings).toEqual([...ea!.warnings, 'a warning of this file only']);
    expect(ea!.warnings).not.toContain('a warning of this file only');
  });

  it('copies stand in one event and agree with themselves; a different story is another event', () => {
    const docs = [...Array.from({ length: 300 }, (_, i) => documentFrom(STORY, `s${i}.md`)), documentFrom(OTHER, 'other.md')];
    const result = analyze(docs);
    expect(result.grouping.events.map((e) => e.documents.length).sort((x, y) => x - y)).toEqual([1, 300]);
    const toll = result.findings.find((f) => f.event === result.grouping.documentEvent['s0.md'] && f.kind === 'casualty');
    expect(toll?.status).toBe('agree');
    expect(toll?.values[0]!.documents).toHaveLength(300);
    // Copies of one text are one source.
    expect(result.eventSources[result.grouping.documentEvent['s0.md']!]).toBe(1);
  });

  it('copies that name nothing to anchor an event are each a document on its own, as any such document', () => {
    const result = analyze(Array.from({ length: 5 }, (_, i) => documentFrom('Note one.\n', `n${i}.txt`)));
    expect(result.grouping.events.every((e) => e.documents.length === 1)).toBe(true);
  });

  it('weighted average link over distinct texts gives the clusters of plain average link over the copies', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const items = 3 + Math.floor(next() * 10);
      const copies = Array.from({ length: items }, () => 1 + Math.floor(next() * 3));
      const sims: Pair[] = [];
      for (let i = 0; i < items; i++) for (let j = i + 1; j < items; j++) if (next() < 0.5) sims.push({ i, j, sim: Math.round(next() * 990) / 1000 });
      const threshold = 0.1 + next() * 0.3;
      // The copies expanded: document indexes per item, each copy as similar to its own text as can be.
      const docsOf: number[][] = [];
      let n = 0;
      for (const c of copies) docsOf.push(Array.from({ length: c }, () => n++));
      const expanded: Pair[] = [];
      docsOf.forEach((ds) => ds.forEach((x, k) => ds.slice(k + 1).forEach((y) => expanded.push({ i: x, j: y, sim: 1 }))));
      for (const { i, j, sim } of sims) for (const x of docsOf[i]!) for (const y of docsOf[j]!) expanded.push({ i: x, j: y, sim });
      const weighted = averageLink(items, sims, threshold, undefined, undefined, copies).map((m) => m.flatMap((t) => docsOf[t]!));
      expect(weighted, `seed ${seed}`).toEqual(averageLink(n, expanded, threshold));
    }
  });
});

describe('wire copies through an index of phrases', () => {
  /** The pairwise reference the index replaces: each document joins the first earlier one it copies. */
  function reference(docs: NormalizedDocument[]): Record<string, string> {
    const words = (d: NormalizedDocument) => d.sentences.map((s) => s.text).join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const sets = docs.map((d) => {
      const w = words(d);
      return new Set(w.slice(0, Math.max(0, w.length - 4)).map((_, i) => w.slice(i, i + 5).join(' ')));
    });
    const group: Record<string, string> = {};
    docs.forEach((doc, i) => {
      group[doc.id] = doc.id;
      for (let j = 0; j < i; j++) {
        const [a, b] = [sets[i]!, sets[j]!];
        if (!a.size || !b.size) continue;
        const shared = [...a].filter((s) => b.has(s)).length;
        if (shared / Math.min(a.size, b.size) >= 0.6) {
          group[doc.id] = group[docs[j]!.id]!;
          break;
        }
      }
    });
    return group;
  }

  it('groups as comparing every earlier document would', () => {
    const next = random(7);
    const vocabulary = 'police said the gunman fled north on foot after firing at a crowd outside the bar near the station late on friday night witnesses told reporters'.split(' ');
    const bases = Array.from({ length: 6 }, () => Array.from({ length: 30 }, () => vocabulary[Math.floor(next() * vocabulary.length)]!));
    const texts: string[] = [];
    for (let k = 0; k < 40; k++) {
      const base = [...bases[Math.floor(next() * bases.length)]!];
      // Trimmed, edited or copied whole.
      const edits = Math.floor(next() * 12);
      for (let e = 0; e < edits; e++) base[Math.floor(next() * base.length)] = vocabulary[Math.floor(next() * vocabulary.length)]!;
      texts.push(`${base.slice(0, 10 + Math.floor(next() * 20)).join(' ')}.`);
      if (next() < 0.3) texts.push(texts[texts.length - 1]!);
    }
    const docs = analyze(texts.map((t, i) => documentFrom(t, `d${i}.txt`))).documents;
    const groups = reference(docs);
    // Not trivial: some documents are copies, some are not.
    expect(new Set(Object.values(groups)).size).toBeGreaterThan(3);
    expect(new Set(Object.values(groups)).size).toBeLessThan(docs.length - 5);
    expect(sourceGroups(docs)).toEqual(groups);
  });

  it('a text holding two earlier ones joins the first of them, whichever the index reaches first', () => {
    const a = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar.';
    const b = 'papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu amber bronze copper dune.';
    const docs = analyze([a, b, `${a} ${b}`, `${b} ${a}`].map((t, i) => documentFrom(t, `d${i}.txt`))).documents;
    expect(sourceGroups(docs)).toEqual(reference(docs));
    expect(sourceGroups(docs)).toEqual({ 'd0.txt': 'd0.txt', 'd1.txt': 'd1.txt', 'd2.txt': 'd0.txt', 'd3.txt': 'd0.txt' });
  });

  it('groups as comparing every earlier document would when a boilerplate line is in every document', () => {
    const next = random(11);
    const word = () => `w${Math.floor(next() * 5000)}`;
    const boilerplate = 'share this story on facebook and twitter and sign up for our newsletter today.';
    const own = Array.from({ length: 80 }, () => `${Array.from({ length: 30 }, word).join(' ')}.`);
    // Past fifty documents the boilerplate's phrases find no candidates; the copies are still found.
    const texts = [...own.map((t) => `${t} ${boilerplate}`), `${own[5]} ${boilerplate}`.replace(/^w\d+/, 'changed'), `${own[70]!.slice(0, 120)} ${boilerplate}`];
    const docs = analyze(texts.map((t, i) => documentFrom(t, `d${i}.txt`))).documents;
    const groups = reference(docs);
    expect(groups['d80.txt']).toBe('d5.txt');
    expect(groups['d81.txt']).toBe('d70.txt');
    expect(new Set(Object.values(groups)).size).toBe(80);
    expect(sourceGroups(docs)).toEqual(groups);
  });
});
