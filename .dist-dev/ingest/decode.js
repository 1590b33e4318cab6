const BINARY_SAMPLE = 8192;
/**
 * Bytes → text. UTF-8 (BOM removed) is the norm; UTF-16 with a BOM is accepted; other
 * bytes that are not valid UTF-8 are read as Windows-1252, the usual legacy newsroom
 * encoding, with a warning. A NUL byte or many control bytes mean the file is not text.
 */
export function decode(bytes) {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
        return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null };
    }
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
        return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null };
    }
    const sample = bytes.subarray(0, BINARY_SAMPLE);
    let control = 0;
    for (const byte of sample) {
        if (byte === 0)
            return { text: null, warning: 'not a text file (binary content): skipped' };
        if (byte < 9 || (byte > 13 && byte < 32))
            control++;
    }
    if (sample.length > 0 && control / sample.length > 0.1) {
        return { text: null, warning: 'not a text file (binary content): skipped' };
    }
    let body = bytes;
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        body = bytes.subarray(3);
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), warning: null };
    }
    catch {
        return { text: decodeWindows1252(body), warning: 'not valid UTF-8: read as Windows-1252' };
    }
}
// Bytes 0x80–0x9F of Windows-1252 (curly quotes, dashes, €): Node's TextDecoder reads
// them as Latin-1 control characters, so they are mapped here.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
    '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
function decodeWindows1252(bytes) {
    let out = '';
    for (const byte of bytes)
        out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
    return out;
}
//# sourceMappingURL=decode.js.map