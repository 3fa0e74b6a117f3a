/**
 * JSON text in pieces. `JSON.stringify` builds one string, and V8 caps a string at about 512 MB: the
 * tokens of a 50 MB text do not fit. These generators yield the same text as
 * `JSON.stringify(value, null, indent)` (compact when `indent` is 0) as a sequence of strings, so the
 * sink can write it out piece by piece.
 */

/**
 * Array elements serialised per `JSON.stringify` call. Small enough that no piece nears the string
 * limit (a token is some 80 bytes of JSON), large enough that the per-call cost stays negligible.
 */
const BATCH = 4096;

/**
 * Pieces of the JSON text of `value`, as `JSON.stringify(value, null, indent)` would write it at
 * `depth`; arrays longer than `batch` are written `batch` elements at a time.
 */
export function* jsonPieces(value: unknown, indent: number, depth = 0, batch = BATCH): Generator<string> {
  if (Array.isArray(value) && value.length > batch) yield* arrayPieces(value, indent, depth, batch);
  else if (isPlainObject(value)) yield* objectPieces(value, indent, depth, batch);
  else yield stringifyAt(value, indent, depth) ?? 'null';
}

/** Yields `pieces`' output joined into strings of about `size` characters. */
export function* batched(pieces: Iterable<string>, size: number): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}

/** `JSON.stringify(value, null, indent)` re-indented to sit at `depth`; undefined for what JSON skips. */
function stringifyAt(value: unknown, indent: number, depth: number): string | undefined {
  const text = JSON.stringify(value, null, indent) as string | undefined;
  if (text === undefined || indent === 0 || depth === 0) return text;
  return text.replace(/\n/g, `\n${' '.repeat(indent * depth)}`);
}

/** True for an object that `JSON.stringify` writes key by key. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** An object key by key, so that one large member does not make one large string. */
function* objectPieces(
  value: Record<string, unknown>,
  indent: number,
  depth: number,
  batch: number,
): Generator<string> {
  const inner = indent === 0 ? '' : `\n${' '.repeat(indent * (depth + 1))}`;
  const colon = indent === 0 ? ':' : ': ';
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}${colon}`;
    yield* jsonPieces(member, indent, depth + 1, batch);
    first = false;
  }
  yield first ? '{}' : `${indent === 0 ? '' : `\n${' '.repeat(indent * depth)}`}}`;
}

/** A long array in batches of elements, each batch one `JSON.stringify` call. */
function* arrayPieces(
  value: readonly unknown[],
  indent: number,
  depth: number,
  batch: number,
): Generator<string> {
  // A batch is written `[` + (line break and indent +) elements + (line break and outer indent +) `]`.
  const outer = indent === 0 ? '' : `\n${' '.repeat(indent * depth)}`;
  yield '[';
  for (let from = 0; from < value.length; from += batch) {
    const part = stringifyAt(value.slice(from, from + batch), indent, depth) as string;
    yield `${from === 0 ? '' : ','}${part.slice(1, part.length - 1 - outer.length)}`;
  }
  yield `${outer}]`;
}
