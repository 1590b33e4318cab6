import { describe, expect, it } from 'vitest';
import { sourceGroups } from '../../src/compare/independence.js';
import { TextWords } from '../../src/compare/text-words.js';
import { analyze } from '../../src/pipeline.js';
import { documentFrom } from '../helpers/documents.js';

const sentences = (...texts: string[]) => texts.map((text, i) => ({ text, start: i * 100, end: i * 100 + text.length }));

describe('TextWords', () => {
  it('numbers each distinct word once, lower-cased, in the order first read', () => {
    const words = new TextWords();
    expect([...words.take('a', sentences('The Mill burned.', 'the mill, again'))]).toEqual([0, 1, 2, 0, 1, 3]);
    expect([...words.take('b', sentences('Again the barn'))]).toEqual([3, 0, 4]);
  });

  it('gives the words read when added, once; after that, or unread, it reads them then', () => {
    const words = new TextWords();
    words.add('a', sentences('one two three'));
    // The sentences given to take are not read again: the words are those added.
    expect([...words.take('a', sentences('four five'))]).toEqual([0, 1, 2]);
    expect([...words.take('a', sentences('four five'))]).toEqual([3, 4]);
    words.add('b', sentences('six'));
    words.forget('b');
    expect([...words.take('b', sentences('two'))]).toEqual([1]);
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
