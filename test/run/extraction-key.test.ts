import { describe, expect, it } from 'vitest';
import { extractionCacheKey } from '../../src/queue/record.js';
import { cacheKey } from '../../src/run/extraction-cache.js';
import { installedCompromiseHash } from '../../src/extract/mentions/lexicon.js';
import { extractionKey, extractorIdentity } from '../../src/run/extraction-key.js';
import { VERSION } from '../../src/version.js';
import { documentFrom } from '../helpers/documents.js';

const STORY = 'Two people were killed and three wounded when a gunman opened fire outside a bar in Lakeview on Friday.';

describe('the key of a document extraction (local cache and Redis queue)', () => {
  const doc = documentFrom(STORY, 'a.txt', '2025-03-07');

  it('is the same for a copy under another name, whatever its ingest warnings', () => {
    const copy = { ...documentFrom(STORY, 'b/copy.txt', '2025-03-07'), warnings: ['read as Windows-1252'] };
    expect(cacheKey(copy)).toBe(cacheKey(doc));
    expect(extractionCacheKey(copy)).toBe(extractionCacheKey(doc));
  });

  it('changes with anything extraction reads: text, cleaned text, publication date, markup, front matter', () => {
    const keys = [
      doc,
      documentFrom(STORY.replace('Two', 'Three'), 'a.txt', '2025-03-07'),
      { ...doc, clean: doc.clean.replace('gunman', '      ') },
      documentFrom(STORY, 'a.txt', '2025-03-08'),
      { ...doc, markup: 'html' as const },
      { ...doc, title: 'Two killed outside Lakeview bar' },
      { ...doc, source: 'Lakeview Herald' },
      { ...doc, bodyStart: 12 },
    ].map((d) => extractionKey('test/1', d));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('differs between the two stores and between record formats, so neither reads the other', () => {
    expect(cacheKey(doc)).not.toBe(extractionCacheKey(doc));
    expect(extractionKey('test/1', doc)).not.toBe(extractionKey('test/2', doc));
  });

  it('changes with the extractor: claimcheck\'s version and the compromise build installed (an update of it, same claimcheck)', () => {
    expect(extractorIdentity()).toEqual([VERSION, installedCompromiseHash()]);
    expect(extractionKey('test/1', doc, ['0.1.0', 'a'])).not.toBe(extractionKey('test/1', doc, ['0.1.0', 'b']));
    expect(extractionKey('test/1', doc, ['0.1.0', 'a'])).not.toBe(extractionKey('test/1', doc, ['0.1.1', 'a']));
    expect(extractionKey('test/1', doc)).toBe(extractionKey('test/1', doc, extractorIdentity()));
  });
});
