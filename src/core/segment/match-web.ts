/**
 * Matchers for web-shaped tokens: URLs, e-mail addresses, hashtags and mentions. Each returns the
 * end offset of the token starting at `i`, or -1. All of them scan forward once: no backtracking.
 */
import { isWordChar } from './chars.js';

const URL_PREFIXES = ['https://', 'http://', 'ftp://', 'www.'];

/** Characters that cannot be part of a URL written in running text. */
function isUrlStop(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0x22 || // "
    code === 0x3c || // <
    code === 0x3e || // >
    code === 0xab || // «
    code === 0xbb || // »
    code === 0x201c || // “
    code === 0x201d || // ”
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0xa0
  );
}

/** Punctuation that ends a sentence or clause right after a URL rather than belonging to it. */
function isUrlTrailing(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x2c ||
    code === 0x3b ||
    code === 0x3a ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x27
  );
}

/** A URL starting with a scheme or `www.`; trailing sentence punctuation and unbalanced `)` are left out. */
export function matchUrl(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x68 && c !== 0x48 && c !== 0x66 && c !== 0x46 && c !== 0x77 && c !== 0x57) return -1;
  // Most words starting with these letters are not URLs: compare in place before building a string.
  const lower = c === 0x68 || c === 0x66 || c === 0x77;
  if (lower && !text.startsWith('http', i) && !text.startsWith('www.', i) && !text.startsWith('ftp:', i))
    return -1;
  const head = text.slice(i, i + 8).toLowerCase();
  const prefix = URL_PREFIXES.find((p) => head.startsWith(p));
  if (!prefix) return -1;
  let j = i + prefix.length;
  if (j >= to || !isWordChar(text, j)) return -1;
  let open = 0;
  while (j < to) {
    const code = text.charCodeAt(j);
    if (isUrlStop(code)) break;
    if (code === 0x28) open++;
    else if (code === 0x29) {
      if (open === 0) break;
      open--;
    }
    j++;
  }
  while (j > i + prefix.length && isUrlTrailing(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Local-part characters of an e-mail address. */
function isLocalChar(text: string, j: number): boolean {
  const code = text.charCodeAt(j);
  return (
    code === 0x2e || code === 0x5f || code === 0x2d || code === 0x2b || (code < 0x80 && isWordChar(text, j))
  );
}

/** Domain characters of an e-mail address (ASCII letters, digits, hyphen). */
function isDomainChar(text: string, j: number): boolean {
  const code = text.charCodeAt(j);
  return code === 0x2d || (code < 0x80 && isWordChar(text, j));
}

/** An e-mail address `local@domain.tld`; a trailing period is left to the sentence. */
export function matchEmail(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && isLocalChar(text, j)) j++;
  if (j === i || j >= to || text.charCodeAt(j) !== 0x40) return -1;
  j++;
  const domainStart = j;
  let dots = 0;
  while (j < to) {
    if (isDomainChar(text, j)) j++;
    else if (text.charCodeAt(j) === 0x2e && j + 1 < to && isDomainChar(text, j + 1) && j > domainStart) {
      dots++;
      j++;
    } else break;
  }
  if (dots === 0) return -1;
  return j;
}

/** A hashtag (`#Roma2024`) or a mention (`@ansa_it`): the sign followed by word characters. */
export function matchTag(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x23 && c !== 0x40) return -1;
  if (i > 0 && isWordChar(text, i - 1)) return -1;
  let j = i + 1;
  while (j < to && (isWordChar(text, j) || text.charCodeAt(j) === 0x5f)) j++;
  if (j === i + 1) return -1;
  // A hashtag must contain a letter: `#1` is a number sign.
  if (c === 0x23 && !/\p{L}/u.test(text.slice(i + 1, j))) return -1;
  return j;
}

/** Top-level domains that make `word.tld` a bare web address (`Repubblica.it`). */
export const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set(
  'it com org net eu gov edu info io co uk de fr es pt ch at be nl us ru cn jp tv me biz news'.split(' '),
);
