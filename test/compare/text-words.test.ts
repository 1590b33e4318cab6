import { describe, expect, it } from 'vitest';
import { sourceGroups } from '../../src/compare/independence.js';
import { TextWords } from '../../src/compare/text-words.js';
import { analyze } from '../../src/pipeline.js';
import { documentFrom } from '../helpers/documents.js';

const sentences = (...texts: string[]) => texts.map((text, i) => ({ text, start: i * 100, end: i * 100 + text.length }));

describe('TextWords', () => {
  it('numbers each distinct 5-word phrase once, lower-cased, in the order first read; a text gives its phrases sorted, each once', () => {
    const words = new TextWords();
    expect([...words.take('a', sentences('One two three four', 'five six, one two three four five.'))]).toEqual([0, 1, 2, 3, 4, 5]);
    expect([...words.take('b', sentences('Two THREE four five six seven'))]).toEqual([1, 6]);
    expect([...words.take('c', sentences('one two three four'))]).toEqual([]);
  });

  it('gives the phrases read when added, once; after that, or unread, it reads them then', () => {
    const words = new TextWords();
    words.add('a', sentences('one two three four five'));
    // The sentences given to take are not read again: the phrases are those added.
    expect([...words.take('a', sentences('six seven eight nine ten'))]).toEqual([0]);
    expect([...words.take('a', sentences('six seven eight nine ten'))]).toEqual([1]);
    words.add('b', sentences('eleven twelve thirteen fourteen fifteen'));
    words.forget('b');
    expect([...words.take('b', sentences('one two three four five'))]).toEqual([0]);
  });

  it('source groups are the same whatever order the documents were read in, and with none read before', () => {
    const story = 'A fire at the Harrow Lane mill killed two workers on Monday, the fire chief said, and three more were taken to hospital with burns.';
    const other = 'The county board voted on Tuesday to close the Fenwick ferry for the winter after a survey found rot in its landing.';
    const texts = [story, other, `${story} More to come.`, other.replace('Tuesday', 'Wednesday'), `Updated: ${story}`];
    const docs = analyze(texts.map((t, i) => documentFrom(t, `d${i}.txt`))).documents;
    const plain = sourceGroups(docs);
    expect(new Set(Object.values(plain)).size).toBe(2);
    for (const order of [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3]]) {
      const words = new TextWords();
      for (const i of order) words.add(docs[i]!.id, docs[i]!.sentences);
      expect(sourceGroups(docs, words)).toEqual(plain);
    }
  });
});
