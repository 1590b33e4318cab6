import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairSimilarities } from '../../src/group/group-documents.js';
import { analyze } from '../../src/pipeline.js';
import { documentFrom } from '../helpers/documents.js';

// Three outlets on one market bombing and a cricket report from the same city and day that
// mentions the bombing in passing (fixtures/small-folder-unrelated, articles written for the tests).
const FOLDER = path.resolve(__dirname, '../../fixtures/small-folder-unrelated');
const articles = Object.fromEntries(
  readdirSync(FOLDER).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(path.join(FOLDER, f), 'utf8')]),
);

/** Events as sorted lists of document ids, sorted. */
function eventsOf(texts: Record<string, string>): string[][] {
  const result = analyze(Object.entries(texts).map(([id, text]) => documentFrom(text, id)));
  return result.grouping.events.map((e) => [...e.documents].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

const bombing = ['a_wire.md', 'b_daily.md', 'c_broadcaster.md'];

describe('event grouping in a small folder', () => {
  it('a cricket report from the same city is an event of its own, not part of the bombing', () => {
    expect(eventsOf(articles)).toEqual([bombing, ['d_sport.md']]);
  });

  it('an article that shares no person, organization, place or date with the event stays apart, however alike its words', () => {
    const vague = [
      'A suicide bomber blew himself up at a crowded vegetable market, killing 11 people and wounding at least 30 others, police said.',
      'The attacker walked into the market on foot when traders were unloading produce from trucks.',
      'No group immediately claimed responsibility for the bombing, and security forces cordoned off the area and searched nearby streets for accomplices.',
      'The provincial government announced three days of mourning.',
    ].join('\n\n');
    const { 'd_sport.md': _sport, ...three } = articles;
    expect(eventsOf({ ...three, 'e_vague.txt': vague })).toEqual([bombing, ['e_vague.txt']]);
  });

  // As the planted-contradiction benchmark edits one fact of one article: the desk wants the
  // contradiction flagged inside the event, not the article split off into an event of its own.
  const edits: [string, (text: string) => string][] = [
    ['another death toll', (t) => t.replace(/\b11\b/g, '14').replace(/Eleven/g, 'Fourteen')],
    ['another city', (t) => t.replace(/Quetta/g, 'Peshawar')],
  ];
  for (const [what, edit] of edits) {
    for (const file of ['b_daily.md', 'c_broadcaster.md']) {
      it(`one changed fact (${what} in ${file}) does not split the article off its event`, () => {
        const { 'd_sport.md': _sport, ...three } = articles;
        const changed = edit(three[file]!);
        expect(changed).not.toBe(three[file]);
        expect(eventsOf({ ...three, [file]: changed })).toEqual([bombing]);
      });
    }
  }

  it('a pair of articles is as similar alone as in a larger folder: no weight comes from the folder', () => {
    const similarityOf = (ids: string[]) => {
      const docs = analyze(ids.map((id) => documentFrom(articles[id]!, id))).documents;
      const [a, b] = [ids.indexOf('a_wire.md'), ids.indexOf('b_daily.md')];
      return pairSimilarities(docs).find((p) => p.i === Math.min(a, b) && p.j === Math.max(a, b))?.sim;
    };
    const alone = similarityOf(['a_wire.md', 'b_daily.md']);
    expect(alone).toBeGreaterThan(0.3);
    expect(similarityOf(['a_wire.md', 'b_daily.md', 'c_broadcaster.md', 'd_sport.md'])).toBeCloseTo(alone!, 10);
  });

  it('the grouping does not depend on the order the documents come in', () => {
    const reversed = Object.fromEntries(Object.entries(articles).reverse());
    expect(eventsOf(reversed)).toEqual(eventsOf(articles));
  });
});
