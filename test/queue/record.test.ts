import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import { extractAll } from '../../src/pipeline.js';
import { anonymous, decodeDocument, decodeRecord, encodeDocument, encodeRecord, EXTRACTION_FORMAT, extractionCacheKey } from '../../src/queue/record.js';
import { VERSION } from '../../src/version.js';
import { documentFrom } from '../helpers/documents.js';

const STORY = '---\ntitle: Gunman kills three in Springfield\npublished: 2025-03-05\n---\nA gunman killed three people in Springfield on Monday, police said. "It was chaos," said Mayor Jane Doe.\n';

describe('extraction record', () => {
  const doc = documentFrom(STORY, 'a.md');
  const key = extractionCacheKey(doc);
  const extracted = extractDocument(anonymous(doc));

  it('decodes to what was encoded (as JSON: a field left undefined is left out)', () => {
    expect(extracted.claims.length).toBeGreaterThan(2);
    const decoded = decodeRecord(key, encodeRecord(key, extracted));
    expect(decoded).toEqual(extracted);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(extracted));
  });

  it('a job\'s document comes back as it was', () => {
    expect(decodeDocument(encodeDocument(doc))).toEqual(doc);
  });

  const record = encodeRecord(key, extracted);
  const wrap = (value: unknown) => gzipSync(JSON.stringify(value));
  const cases: Array<[string, Uint8Array | null]> = [
    ['missing', null],
    ['empty', new Uint8Array()],
    ['truncated', record.subarray(0, record.length - 9)],
    ['one byte changed', Buffer.from(record).fill(0x41, 20, 21)],
    ['not gzip', Buffer.from(JSON.stringify({ format: EXTRACTION_FORMAT, version: VERSION, key, document: extracted }))],
    ['gzip of no JSON', gzipSync('{"format":1,')],
    ['another format', wrap({ format: EXTRACTION_FORMAT + 1, version: VERSION, key, document: extracted })],
    ['another version', wrap({ format: EXTRACTION_FORMAT, version: '0.0.0-other', key, document: extracted })],
    ['another document\'s key', wrap({ format: EXTRACTION_FORMAT, version: VERSION, key: 'f'.repeat(64), document: extracted })],
    ['no claims list', wrap({ format: EXTRACTION_FORMAT, version: VERSION, key, document: { ...extracted, claims: null } })],
    ['a claim without its span', wrap({ format: EXTRACTION_FORMAT, version: VERSION, key, document: { ...extracted, claims: [{ ...extracted.claims[0], span: undefined }] } })],
    ['warnings not text', wrap({ format: EXTRACTION_FORMAT, version: VERSION, key, document: { ...extracted, warnings: [1] } })],
  ];
  it.each(cases)('a record %s is ignored, never trusted', (_, bytes) => {
    expect(decodeRecord(key, bytes)).toBeNull();
  });

  it('the key changes with anything extraction reads, not with the name or ingest warnings', () => {
    const copy = documentFrom(STORY, 'elsewhere/b.md');
    copy.warnings.push('a warning of this file only');
    expect(extractionCacheKey(copy)).toBe(key);
    expect(extractionCacheKey(documentFrom(STORY.replace('three', 'four'), 'a.md'))).not.toBe(key);
    expect(extractionCacheKey(documentFrom(STORY, 'a.md', '2025-03-06'))).toBe(key); // front matter wins
    expect(extractionCacheKey(documentFrom(STORY.replace(/---[^]*?---\n/, ''), 'a.md', '2025-03-06'))).not.toBe(extractionCacheKey(documentFrom(STORY.replace(/---[^]*?---\n/, ''), 'a.md')));
    expect(extractionCacheKey({ ...doc, clean: doc.clean.replace('gunman', '      ') })).not.toBe(key);
    expect(extractionCacheKey({ ...doc, markup: 'html' })).not.toBe(key);
  });

  it('an anonymous extraction with the file\'s warnings put back is the one-machine extraction', () => {
    const [local] = extractAll([doc]);
    expect({ ...extracted, id: doc.id, warnings: [...doc.warnings, ...extracted.warnings] }).toEqual(local);
  });
});
