/**
 * Grammatical gender of role phrases and of people: a role written in the feminine (`la candidata`,
 * `l’assessora`) does not refer to a man the article names, whenever his given name tells. The
 * masculine is no evidence: Italian news often gives women the masculine title (`il sindaco Anna X`).
 */
import type { Mention } from './mentions.js';
import type { Context } from './words.js';

/** Feminine, masculine, or not known. */
export type Gender = 'f' | 'm' | null;

/** Gender of a role noun from its ending, when the noun of the other gender is a role too (`sindaca`/`sindaco`). */
function nounGender(ctx: Context, noun: string): Gender {
  const roles = ctx.lex.roleNouns;
  if (noun.endsWith('essa') || noun.endsWith('trice')) return 'f';
  const stem = noun.slice(0, -1);
  if (noun.endsWith('a') && (roles.has(`${stem}o`) || roles.has(`${stem}e`))) return 'f';
  if (noun.endsWith('o') && roles.has(`${stem}a`)) return 'm';
  if (noun.endsWith('tore') && roles.has(`${noun.slice(0, -4)}trice`)) return 'm';
  return null;
}

/** Gender of a role phrase: from its article (`la`, `il`), else from its head noun. */
export function roleGender(ctx: Context, m: Mention): Gender {
  const article = ctx.words[m.from]!.lower;
  if (ctx.lex.feminineArticles?.has(article)) return 'f';
  if (ctx.lex.masculineArticles?.has(article)) return 'm';
  const head = m.role[0];
  return head === undefined ? null : nounGender(ctx, head);
}

/** Gender of a person from the given name that opens the full name, or null. */
export function personGender(ctx: Context, full: string): Gender {
  const first = full.toLowerCase().split(/\s+/)[0] ?? '';
  if (ctx.lex.femaleNames?.has(first)) return 'f';
  if (ctx.lex.maleNames?.has(first)) return 'm';
  return null;
}

/** True when a role phrase of gender `g` cannot refer to the person named `full`: a feminine role and a man. */
export function disagrees(ctx: Context, g: Gender, full: string): boolean {
  return g === 'f' && personGender(ctx, full) === 'm';
}
