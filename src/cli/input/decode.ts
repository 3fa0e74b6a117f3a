/**
 * Turns the bytes of an input into text. UTF-8 (with or without BOM) and UTF-16 with BOM are decoded as
 * such, and so is UTF-16 without BOM when its zero bytes show it (Western text in UTF-16 has a zero in
 * every other byte); bytes that are not valid UTF-8 are taken as Windows-1252 (a superset of Latin-1 for text), the
 * usual encoding of older Italian files. Line ends are kept as they are, so every offset the CLI prints
 * refers to the returned text. Pure: no I/O.
 */

/** An encoding the decoder recognises. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why bytes are not text sunto can analyse; each is the exact problem printed after the file name. */
export type DecodeProblem = 'binary file, not text' | 'empty text';

/** The outcome of decoding one input. */
export type Decoded =
  | {
      /** The bytes are text. */
      ok: true;
      /** The decoded text, without BOM. */
      text: string;
      /** The encoding it was decoded from. */
      encoding: Encoding;
    }
  | {
      /** The bytes are not text worth analysing. */
      ok: false;
      /** What is wrong with them. */
      problem: DecodeProblem;
    };

/**
 * How many leading bytes (and decoded characters) the binary sniffing looks at. 8 KiB covers the
 * headers of every common binary format (PNG, PDF streams, ZIP, ELF) and costs nothing on large texts.
 */
const SNIFF_LENGTH = 8192;

/**
 * Share of control characters (C0 except tab, line feed, vertical tab, form feed, carriage return and
 * escape; DEL; C1) above which decoded text is called binary. Real text has almost none (form feeds and
 * ANSI escapes stay far below 1%); binary data decoded as Windows-1252 has about 12% in the C0 range alone
 * (26 of 256 byte values) and usually NUL bytes too, caught before this test. 5% sits between the two.
 */
const MAX_CONTROL_SHARE = 0.05;

/** Decodes the bytes of one input, or says why they are not text. */
export function decode(bytes: Uint8Array): Decoded {
  const bom = detectBom(bytes);
  let text: string;
  let encoding: Encoding;
  const utf16 = bom ? null : sniffUtf16(bytes);
  if (bom) {
    encoding = bom.encoding;
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length));
  } else if (utf16) {
    encoding = utf16;
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    if (hasNul(bytes)) return { ok: false, problem: 'binary file, not text' };
    const utf8 = decodeUtf8(bytes);
    encoding = utf8 === null ? 'windows-1252' : 'utf-8';
    text = utf8 ?? decodeWindows1252(bytes);
  }
  if (looksBinary(text)) return { ok: false, problem: 'binary file, not text' };
  if (text.trim() === '') return { ok: false, problem: 'empty text' };
  return { ok: true, text, encoding };
}

/** Finds a byte order mark, which settles the encoding before any guessing. */
function detectBom(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/*
 * UTF-16 without BOM: in the sniffed bytes, at least this share of the bytes at one parity are zero and
 * almost none at the other. Text in Latin scripts has a zero high byte for nearly every character;
 * binary formats have zeros at both parities, and 8-bit text has none.
 */
const UTF16_ZERO_SHARE = 0.9;
const UTF16_OTHER_ZERO_SHARE = 0.05;

/** The UTF-16 byte order of BOM-less UTF-16 text, or null when the bytes do not look like it. */
function sniffUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, SNIFF_LENGTH) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= UTF16_ZERO_SHARE * pairs && evenZeros <= UTF16_OTHER_ZERO_SHARE * pairs) return 'utf-16le';
  if (evenZeros >= UTF16_ZERO_SHARE * pairs && oddZeros <= UTF16_OTHER_ZERO_SHARE * pairs) return 'utf-16be';
  return null;
}

/** Strict UTF-8 decoding, so that Latin-1 bytes are noticed instead of turned into U+FFFD. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Windows-1252 characters of bytes 0x80–0x9F (the rest of the code page is Latin-1, byte = code point).
 * Bytes the code page leaves undefined keep their C1 code point, as the WHATWG decoder does.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 by hand: Node 20's TextDecoder treats the label as plain Latin-1 (no curly quotes). */
function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
  }
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192)
    parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}

/** NUL bytes never occur in 8-bit text and almost always in binary formats. */
function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_LENGTH).includes(0);
}

/** Catches binary data without NUL bytes (or UTF-16 that decodes to controls) by its share of controls. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SNIFF_LENGTH);
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (isControl(sample.charCodeAt(i))) controls++;
  }
  return controls / sample.length > MAX_CONTROL_SHARE;
}

/** Control characters that do not belong in text (layout controls and escape are allowed). */
function isControl(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d || code === 0x1b) {
    return false;
  }
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}
