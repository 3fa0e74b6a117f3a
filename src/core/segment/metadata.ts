/**
 * Metadata fields written before the text proper, as exported articles often carry them:
 * `date 2023-09 …`, `Fonte: ANSA`, `Autore: Mario Rossi`. They are reported apart and never
 * become part of the first sentence.
 */
import type { Metadata } from '../types.js';

/** Field names recognised at the start of a text, in the languages sunto knows. */
const KEYS: ReadonlySet<string> = new Set(
  (
    'date data datum fecha dateline published pubblicato publié publicado veröffentlicht updated aggiornato ' +
    'source fonte quelle fuente author autore auteur autor by di title titolo titre título titel url link ' +
    'tags tag categoria category catégorie kategorie lang language lingua langue idioma sprache place luogo'
  ).split(' '),
);

/** Keys whose value may follow without a colon, but then only as a date (`date 2023-09`). */
const DATE_KEYS: ReadonlySet<string> = new Set(
  'date data datum fecha dateline published pubblicato publié publicado veröffentlicht updated aggiornato'.split(
    ' ',
  ),
);

/** ISO dates (`2023-09`, `2023-09-12`, with an optional time) and day/month/year dates. */
const DATE_RE =
  /^(?:\d{4}(?:-\d{1,2}){0,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?Z?)?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/;

/** The longest value considered when looking for a date, so a huge first line costs nothing. */
const MAX_DATE_LENGTH = 32;

/** Offset after the spaces and tabs starting at `j` (line breaks too when `lines` is true). */
function skipBlank(text: string, j: number, lines: boolean): number {
  for (;;) {
    const c = text.charCodeAt(j);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0xfeff || (lines && (c === 0x0a || c === 0x0d))) j++;
    else return j;
  }
}

/** One `key value` or `key: value` field at `pos`, or null. */
function readField(text: string, pos: number): Metadata | null {
  let j = pos;
  while (j < text.length && j - pos < 20 && /\p{L}/u.test(text[j]!)) j++;
  const key = text.slice(pos, j).toLowerCase();
  if (!KEYS.has(key)) return null;
  const colon = text.charCodeAt(j) === 0x3a;
  if (!colon && !DATE_KEYS.has(key)) return null;
  if (!colon && text.charCodeAt(j) !== 0x20 && text.charCodeAt(j) !== 0x09) return null;
  const valueStart = skipBlank(text, colon ? j + 1 : j, false);
  let valueEnd = valueStart;
  if (colon) {
    while (valueEnd < text.length && text.charCodeAt(valueEnd) !== 0x0a && text.charCodeAt(valueEnd) !== 0x0d)
      valueEnd++;
    while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1]!)) valueEnd--;
    // A long value after a colon is prose (`Data: la giornata…`), not a field.
    if (valueEnd === valueStart || valueEnd - valueStart > 200) return null;
    if (DATE_KEYS.has(key) && !/\d/.test(text.slice(valueStart, valueEnd))) return null;
  } else {
    while (valueEnd < text.length && valueEnd - valueStart <= MAX_DATE_LENGTH && !/\s/.test(text[valueEnd]!))
      valueEnd++;
    if (!DATE_RE.test(text.slice(valueStart, valueEnd))) return null;
  }
  return { key, value: text.slice(valueStart, valueEnd), start: pos, end: valueEnd };
}

/** The metadata fields at the start of `text` and the offset where the text proper begins. */
export function findMetadata(text: string): { fields: Metadata[]; end: number } {
  const fields: Metadata[] = [];
  let pos = skipBlank(text, 0, true);
  let end = 0;
  for (;;) {
    const field = readField(text, pos);
    if (!field) break;
    fields.push(field);
    end = field.end;
    pos = skipBlank(text, end, true);
  }
  return { fields, end };
}
