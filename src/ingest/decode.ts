export interface Decoded {
  text: string | null;
  warning: string | null;
}

const BINARY_SAMPLE = 8192;

/**
 * Bytes → text. UTF-8 (BOM removed) is the norm; UTF-16 with a BOM is accepted; other
 * bytes that are not valid UTF-8 are read as Windows-1252, the usual legacy newsroom
 * encoding, with a warning. A NUL byte or many control bytes mean the file is not text.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null };
  }
  const sample = bytes.subarray(0, BINARY_SAMPLE);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return { text: null, warning: 'not a text file (binary content): skipped' };
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.1) {
    return { text: null, warning: 'not a text file (binary content): skipped' };
  }
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), warning: null };
  } catch {
    // A few bad bytes in a file that is otherwise UTF-8 (a paste, a cut) are replaced, not
    // a reason to read the whole file as another encoding.
    const { valid, invalid } = utf8Sequences(body);
    if (valid > invalid) {
      return { text: new TextDecoder('utf-8').decode(body), warning: `${invalid} invalid UTF-8 byte sequence${invalid === 1 ? '' : 's'} replaced by \ufffd` };
    }
    return { text: decodeWindows1252(body), warning: 'not valid UTF-8: read as Windows-1252' };
  }
}

/** How many multi-byte UTF-8 sequences the bytes hold, and how many bytes start no valid one. */
export function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

// Bytes 0x80–0x9F of Windows-1252 (curly quotes, dashes, €): Node's TextDecoder reads
// them as Latin-1 control characters, so they are mapped here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}
