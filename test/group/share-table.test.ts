import { describe, expect, it } from 'vitest';
import table from '../../src/group/news-idf.json' with { type: 'json' };
import { tableShare } from '../../src/group/similarity.js';

// The word-share table is kept packed (util/packed-keys.ts) for the start-up snapshot: every
// word must weigh what it weighed in the Map it replaced, built here as similarity.ts built it.
describe('the packed word-share table', () => {
  it('gives every word of the table, and words it leaves out, the share the Map gave', () => {
    const counts = new Map<string, number>();
    for (const [count, words] of Object.entries(table.words)) for (const w of words.split(' ')) counts.set(w, Number(count));
    expect(counts.size).toBeGreaterThan(10_000);
    const share = (w: string) => (counts.get(w) ?? table.minCount - 1) / table.documents;
    const absent = ['', 'constructor', '__proto__', 'zzzqx', ...[...counts.keys()].flatMap((w) => [`${w}s`, w.slice(1), w.toUpperCase()])];
    expect([...counts.keys(), ...absent].filter((w) => tableShare(w) !== share(w))).toEqual([]);
  });
});
