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
    return {
      text: new TextDecoder('windows-1252').decode(body),
      warning: 'not valid UTF-8: read as Windows-1252',
    };
  }
}
