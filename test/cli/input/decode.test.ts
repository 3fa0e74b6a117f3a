import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/cli/input/decode.js';
import { PNG_BYTES } from '../samples.js';

/** Encodes a string as UTF-16 with a BOM, in either byte order. */
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    bytes.set(bigEndian ? [hi, lo] : [lo, hi], 2 + i * 2);
  }
  return bytes;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decode', () => {
  it('decodes UTF-8 without BOM', () => {
    expect(decode(utf8('Perché è già così?'))).toEqual({
      ok: true,
      text: 'Perché è già così?',
      encoding: 'utf-8',
    });
  });

  it('strips a UTF-8 BOM so offsets start at the first character', () => {
    const result = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Ciao.')]));
    expect(result).toEqual({ ok: true, text: 'Ciao.', encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with BOM', () => {
    expect(decode(utf16('Là è così', false))).toEqual({ ok: true, text: 'Là è così', encoding: 'utf-16le' });
    expect(decode(utf16('Là è così', true))).toEqual({ ok: true, text: 'Là è così', encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without BOM by its zero bytes, in either byte order', () => {
    const text = 'Il sindaco ha detto: «Là non si passa». Poi è andato via.';
    expect(decode(utf16(text, false).subarray(2))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decode(utf16(text, true).subarray(2))).toEqual({ ok: true, text, encoding: 'utf-16be' });
    // Zeros at both parities are binary, not UTF-16.
    const mixed = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 || i % 4 === 1 ? 0 : 0x41));
    expect(decode(mixed)).toEqual({ ok: false, problem: 'binary file, not text' });
  });

  it('takes bytes that are not UTF-8 as Latin-1 / Windows-1252', () => {
    expect(decode(Uint8Array.from([0x70, 0x65, 0x72, 0x63, 0x68, 0xe9]))).toEqual({
      ok: true,
      text: 'perché',
      encoding: 'windows-1252',
    });
    // 0x93 and 0x94 are the curly double quotes of Windows-1252.
    const quoted = Uint8Array.from([0x93, ...utf8('Andr'), 0xe0, 0x94]);
    expect(decode(quoted)).toMatchObject({ ok: true, text: '“Andrà”' });
  });

  it('keeps CRLF and CR line ends as they are', () => {
    expect(decode(utf8('Uno.\r\nDue.\rTre.'))).toMatchObject({ text: 'Uno.\r\nDue.\rTre.' });
  });

  it('refuses binary data: NUL bytes, or many control characters', () => {
    expect(decode(PNG_BYTES)).toEqual({ ok: false, problem: 'binary file, not text' });
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decode(controls)).toEqual({ ok: false, problem: 'binary file, not text' });
  });

  it('accepts text with a few layout controls (form feed, tab, escape)', () => {
    expect(decode(utf8('Pagina uno.\f\tPagina due.'))).toMatchObject({ ok: true });
  });

  it('refuses empty and whitespace-only text, BOM-only included', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, problem: 'empty text' });
    expect(decode(utf8(' \n\t\r\n \u00a0'))).toEqual({ ok: false, problem: 'empty text' });
    expect(decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x0a]))).toEqual({ ok: false, problem: 'empty text' });
  });

  it('round-trips any printable text through UTF-8 and UTF-16', () => {
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1 })
      .filter((s) => s.trim() !== '' && !/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/.test(s));
    fc.assert(
      fc.property(printable, (text) => {
        const a = decode(utf8(text));
        const b = decode(utf16(text, false));
        const c = decode(utf16(text, true));
        return a.ok && a.text === text && b.ok && b.text === text && c.ok && c.text === text;
      }),
    );
  });
});
