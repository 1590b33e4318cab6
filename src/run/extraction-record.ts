import { InputError } from '../ingest/find-files.js';
import type { NormalizeOptions } from '../normalize/index.js';
import type { ExtractedDocument } from '../types.js';

/**
 * The intermediate format between `claimcheck extract` and `claimcheck compare`: NDJSON, a
 * header line, then one line per document that depends on that document alone, so shards of a
 * corpus can be extracted anywhere and their files compared together. The number after the
 * slash changes whenever a line written by this version could be read wrong by another.
 * schema/extraction.schema.json describes both records.
 */
export const EXTRACTION_FORMAT = 'claimcheck-extraction/1';

/** What changes the claims of a document besides its text (the cache key holds their effect). */
export interface ExtractionSettings {
  /** --published: the date of documents that give none. */
  published: string | null;
  /** --max-file-size as given. */
  maxFileSize: string;
  /** The settings' boilerplate lines (regular expressions). */
  boilerplate: string[];
}

export interface ExtractionHeader {
  type: 'header';
  format: typeof EXTRACTION_FORMAT;
  tool: 'claimcheck';
  version: string;
  extraction: ExtractionSettings;
  /** The settings' name tables, which grouping reads: compare uses these. */
  analysis: NormalizeOptions;
}

export interface DocumentRecord {
  type: 'document';
  /** The file, relative to the working directory of the extraction (posix separators). */
  path: string;
  /** False for an archive article a given file is checked against (--against). */
  given: boolean;
  /** Its metadata, warnings, checked sentences and claims, with claimcheck-disable applied. */
  document: ExtractedDocument;
}

export const headerLine = (header: ExtractionHeader): string => `${JSON.stringify(header)}\n`;
export const documentLine = (record: DocumentRecord): string => `${JSON.stringify(record)}\n`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Why a parsed line is no header of this format; null when it is one. */
function headerProblem(value: unknown): string | null {
  if (!isObject(value) || value.type !== 'header' || typeof value.format !== 'string') return `the first line is no claimcheck extraction header (make the file with claimcheck extract)`;
  if (value.format !== EXTRACTION_FORMAT) return `format ${JSON.stringify(value.format).slice(0, 60)}, and this claimcheck reads ${EXTRACTION_FORMAT}`;
  if (typeof value.version !== 'string' || !isObject(value.extraction) || !isObject(value.analysis)) return 'the header lacks version, extraction or analysis';
  return null;
}

/** Why a parsed line is no document record; null when it is one. */
function documentProblem(value: unknown): string | null {
  if (!isObject(value) || value.type !== 'document') return 'not a document record';
  if (typeof value.path !== 'string' || typeof value.given !== 'boolean' || !isObject(value.document)) return 'a document record needs path, given and document';
  const d = value.document;
  if (typeof d.id !== 'string' || typeof d.hash !== 'string' || typeof d.chars !== 'number') return 'its document lacks id, hash or chars';
  if (!isStrings(d.warnings) || !Array.isArray(d.sentences) || !Array.isArray(d.claims)) return 'its document lacks warnings, sentences or claims';
  if (!d.claims.every((c) => isObject(c) && typeof c.kind === 'string' && isObject(c.span) && typeof c.sentenceIndex === 'number')) return 'a claim of its document is malformed';
  return null;
}

export interface ExtractionFile {
  header: ExtractionHeader;
  records: DocumentRecord[];
}

/**
 * One file of `claimcheck extract` → its header and records. Throws InputError, one line naming
 * the file and line, on anything else: not NDJSON, another format version, a truncated line.
 */
export function parseExtraction(text: string, file: string): ExtractionFile {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (!lines.length) throw new InputError(`${file}: empty: no claimcheck extraction header`);
  const records: DocumentRecord[] = [];
  let header: ExtractionHeader | null = null;
  for (const [i, line] of lines.entries()) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      const last = i === lines.length - 1;
      throw new InputError(`${file}: line ${i + 1} is not JSON${last ? ' (the file looks truncated)' : ''}: not an NDJSON file of claimcheck extract`);
    }
    const problem = i === 0 ? headerProblem(value) : documentProblem(value);
    if (problem) throw new InputError(`${file}: line ${i + 1}: ${problem}`);
    if (i === 0) header = value as ExtractionHeader;
    else records.push(value as DocumentRecord);
  }
  if (!text.endsWith('\n')) throw new InputError(`${file}: line ${lines.length} has no line end (the file looks truncated)`);
  return { header: header!, records };
}

/** Headers that differ in anything but nothing else: the files' claims can be compared. */
export function sameRun(a: ExtractionHeader, b: ExtractionHeader): string | null {
  if (a.version !== b.version) return `made by claimcheck ${b.version}, the others by ${a.version}`;
  if (JSON.stringify(a.extraction) !== JSON.stringify(b.extraction)) return 'extracted with other settings (--published, --max-file-size or boilerplate) than the others';
  if (JSON.stringify(a.analysis) !== JSON.stringify(b.analysis)) return 'extracted with other name tables (people, organizations, places) than the others';
  return null;
}
