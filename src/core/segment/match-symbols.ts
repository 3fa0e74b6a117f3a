/**
 * Matchers for emoji, emoticons and runs of sentence-final punctuation. Each returns the end
 * offset of the token starting at `i`, or -1.
 */
import { isSpace, isWordChar } from './chars.js';

const pictographicRe = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/** True when the code point is a skin-tone modifier, a variation selector, a keycap or a tag. */
function isEmojiModifier(cp: number): boolean {
  return (
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    cp === 0xfe0f ||
    cp === 0xfe0e ||
    cp === 0x20e3 ||
    (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

/** Pictographic verdicts for BMP characters (0 unknown, 1 no, 2 yes): quotation marks are asked often. */
const bmpPictographic = new Uint8Array(0x10000);

/** True when the code point is an emoji base (pictographic or a regional indicator). */
function isPictographic(cp: number): boolean {
  if (cp > 0xffff) return pictographicRe.test(String.fromCodePoint(cp));
  let known = bmpPictographic[cp]!;
  if (known === 0) {
    known = pictographicRe.test(String.fromCharCode(cp)) ? 2 : 1;
    bmpPictographic[cp] = known;
  }
  return known === 2;
}

/** An emoji with its modifiers and zero-width-joiner sequence (`👍🏽`, `👨‍👩‍👧`, flags). */
export function matchEmoji(text: string, i: number, to: number): number {
  const cp = text.codePointAt(i)!;
  if (cp < 0xa9 || !isPictographic(cp)) return -1;
  let j = i + (cp > 0xffff ? 2 : 1);
  const regional = cp >= 0x1f1e6 && cp <= 0x1f1ff;
  while (j < to) {
    const next = text.codePointAt(j)!;
    if (isEmojiModifier(next)) j += next > 0xffff ? 2 : 1;
    else if (next === 0x200d && j + 1 < to) {
      const after = text.codePointAt(j + 1)!;
      if (!isPictographic(after)) break;
      j += 1 + (after > 0xffff ? 2 : 1);
    } else if (regional && next >= 0x1f1e6 && next <= 0x1f1ff && j === i + 2) j += 2;
    else break;
  }
  return j;
}

/** Western emoticons, longest first so that `:-)` wins over `:-`. */
const EMOTICONS = [
  ":'-(",
  ":'(",
  ':-)',
  ':-(',
  ':-D',
  ':-P',
  ':-p',
  ';-)',
  ':-/',
  ':-*',
  ':-O',
  ':-o',
  ':-|',
  '^_^',
  '-_-',
  ':)',
  ':(',
  ':D',
  ':P',
  ':p',
  ';)',
  ':/',
  ':*',
  ':O',
  ':o',
  ':|',
  ':]',
  ':[',
  '=)',
  '=(',
  '=D',
  '<3',
  '^^',
  ';D',
  'XD',
].sort((a, b) => b.length - a.length);

/** An emoticon standing alone: preceded by a space or the start, followed by a space, the end or punctuation. */
export function matchEmoticon(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x3a && c !== 0x3b && c !== 0x3d && c !== 0x3c && c !== 0x5e && c !== 0x2d && c !== 0x58)
    return -1;
  if (i > 0 && !isSpace(text, i - 1)) return -1;
  for (const e of EMOTICONS) {
    if (!text.startsWith(e, i)) continue;
    const j = i + e.length;
    if (j > to) continue;
    if (j < to && isWordChar(text, j)) continue;
    return j;
  }
  return -1;
}

/** True for `.`, `!`, `?` and `…`, the marks that can end a sentence. */
export function isTerminal(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x2026 ||
    code === 0x203c ||
    code === 0x2047 ||
    code === 0x2048 ||
    code === 0x2049
  );
}

/** A run of terminal marks (`...`, `?!`, `!!!`) is one token. */
export function matchTerminalRun(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && isTerminal(text.charCodeAt(j))) j++;
  return j;
}
