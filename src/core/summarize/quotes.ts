/**
 * Recognises sentences that are nothing but a quotation (`«Non ci fermeremo».`): they may be
 * chosen, but a summary made only of them reads poorly, so the default algorithm ranks them lower.
 */

/** Opening quotation marks and the closing marks that may pair with them. */
const PAIRS: Readonly<Record<string, string>> = {
  '«': '»',
  '“': '”',
  '„': '“”',
  '"': '"',
  '‘': '’',
  "'": "'",
};

/** Punctuation that may follow the closing mark (`».`, `”,`). */
const TRAILING = /[\s.!?…,;:)\]]+$/u;

/** True when the sentence opens with a quotation mark and closes it at its end, with no text outside. */
export function isQuoteOnly(sentence: string): boolean {
  const trimmed = sentence.trim();
  const closers = PAIRS[trimmed.charAt(0)];
  if (closers === undefined) return false;
  const body = trimmed.replace(TRAILING, '');
  if (body.length < 2 || !closers.includes(body.charAt(body.length - 1))) return false;
  // A closing mark in the middle means text outside the quotation (`“Sì”, ha detto, “ma…”`).
  const inner = body.slice(1, -1);
  for (const c of closers) if (c !== "'" && inner.includes(c)) return false;
  return true;
}
