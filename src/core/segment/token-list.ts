/**
 * The tokens of a text in columns: offsets in two `Int32Array`s and the kind as a byte. A news text of
 * 10 MB has about 1.8 million tokens; as objects with their own strings they cost some 200 MB and
 * most of the segmenter's time in allocation and garbage collection, as columns 9 bytes each. Every
 * analysis reads this form; `segment()` turns it into `Token` objects only for its callers.
 */
import type { Token, TokenKind } from '../types.js';

/** Every token kind, in a fixed order: a token's kind is stored as its index here. */
export const TOKEN_KINDS: readonly TokenKind[] = [
  'word',
  'number',
  'date',
  'time',
  'punctuation',
  'symbol',
  'url',
  'email',
  'hashtag',
  'mention',
  'emoji',
  'emoticon',
  'abbreviation',
];

/** The code of each kind: `TOKEN_KINDS[KIND[k]] === k`. */
export const KIND = Object.fromEntries(TOKEN_KINDS.map((kind, code) => [kind, code])) as Readonly<
  Record<TokenKind, number>
>;

/** Capacity a new list starts with; it doubles as tokens are added. */
const INITIAL_CAPACITY = 256;

/** The tokens of one text, in order, as columns. */
export class TokenList {
  /** Number of tokens. */
  length = 0;
  /** Offset of each token's first code unit. */
  start: Int32Array;
  /** Offset after each token's last code unit. */
  end: Int32Array;
  /** Kind of each token, as an index into `TOKEN_KINDS`. */
  code: Uint8Array;

  /** `source`: the text the offsets point into. */
  constructor(
    readonly source: string,
    capacity = INITIAL_CAPACITY,
  ) {
    const size = Math.max(1, capacity);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.code = new Uint8Array(size);
  }

  /** Appends a token. */
  push(start: number, end: number, code: number): void {
    if (this.length === this.start.length) this.grow();
    this.start[this.length] = start;
    this.end[this.length] = end;
    this.code[this.length] = code;
    this.length++;
  }

  /** The kind of token `i`. */
  kind(i: number): TokenKind {
    return TOKEN_KINDS[this.code[i]!]!;
  }

  /** The text of token `i`, as written. */
  text(i: number): string {
    return this.source.slice(this.start[i]!, this.end[i]!);
  }

  /** The first code unit of token `i` (NaN past the end of the text). */
  firstCode(i: number): number {
    return this.source.charCodeAt(this.start[i]!);
  }

  /** True when token `i` is the single character `code`. */
  isChar(i: number, code: number): boolean {
    return this.end[i]! - this.start[i]! === 1 && this.source.charCodeAt(this.start[i]!) === code;
  }

  /** Token `i` as an object. */
  token(i: number): Token {
    const start = this.start[i]!;
    const end = this.end[i]!;
    return { start, end, text: this.source.slice(start, end), kind: TOKEN_KINDS[this.code[i]!]! };
  }

  /** Every token as an object, in order. */
  toArray(): Token[] {
    const out = new Array<Token>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.token(i);
    return out;
  }

  /** The columns of a list of token objects (offsets into `source`). */
  static from(source: string, tokens: readonly Token[]): TokenList {
    const list = new TokenList(source, tokens.length);
    for (const t of tokens) list.push(t.start, t.end, KIND[t.kind]);
    return list;
  }

  /** Doubles the capacity of every column. */
  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const code = new Uint8Array(size);
    start.set(this.start);
    end.set(this.end);
    code.set(this.code);
    this.start = start;
    this.end = end;
    this.code = code;
  }
}
