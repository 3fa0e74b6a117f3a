/**
 * Scoring: each candidate group gets a relevance in [0, 1] from its frequency (minus the
 * occurrences that belong to a longer phrase), the position of its first occurrence, headings,
 * name-ness, length and specificity: inverse document frequency with a corpus, a lexical prior
 * without one. The factors multiply into a raw score that a fixed curve maps into [0, 1], so
 * scores compare across documents.
 *
 * The constants below were measured with the evaluation kit (`run kw`) on Italian and French news
 * and English abstracts; each was set where the three genres agreed, not at any single optimum.
 */
import type { Aliases } from './aliases.js';
import { firstWord, type Grouping } from './groups.js';
import type { Lexicon } from './lexicon.js';
import type { WordRoles } from './names.js';
import type { Nesting } from './nesting.js';
import type { DocumentFrequencies } from './types.js';

/**
 * Weight of being early: the first sentence counts `1 + 2/1 = 3` times, the second 2, the tenth
 * 1.18. News states its subject first and abstracts their topic in the title; 2 beat 1 and 3 on
 * French news (+1.7 F1@10) at no cost on abstracts.
 */
const POSITION_WEIGHT = 2;

/** Bonus for a phrase in a heading (×1.5): titles name the subject. 0.25..1 moved results by under a point. */
const HEADING_BONUS = 0.5;

/**
 * A phrase of several words found only in a heading is weighed down (×0.25): headlines are
 * telegraphic and glue verbs to nouns (`Moody's dégrade 28 banques`). Names are exempt. Worth +2.5
 * F1@5 on French news.
 */
const HEADING_ONLY_PENALTY = 0.25;

/** Bonus for a proper name (×2): names carry the subject of news. 0.5 and 1.5 traded news sets against each other. */
const NAME_BONUS = 1;

/**
 * Bonus per extra content word (×1.3 for two words): a longer phrase is a more precise tag. In news
 * a word counts towards the length only when the text repeats it (or the phrase itself repeats):
 * `porto di Livorno cresce`, said once, is a clause, not a longer tag. In technical prose every word
 * counts, scaled by how technical the text is. Names too: counting every word of a name said once
 * cost 0.5-1 F1 on news. Worth +1.6 F1@10 on French news, -0.5 on abstracts.
 */
const LENGTH_BONUS = 0.3;

/**
 * Extra bonus per extra content word in technical prose (up to ×2 for two words). Abstracts name
 * their topics with compound terms (`model predictive control`) and their single words are generic
 * (`control`); news is the other way round. Lifted English abstracts by 2.5 F1@10 while news moved
 * by a few tenths.
 */
const TECHNICAL_LENGTH_BONUS = 0.7;

/**
 * Share of head-word occurrences inside longer candidates that stops counting, in technical prose
 * (`control` inside `robust control`): the longer phrase is the keyphrase there.
 */
const TECHNICAL_NESTED_DISCOUNT = 0.5;

/**
 * Name density (share of content-word occurrences that are names) at and above which a text is
 * treated as news; below it, the technical bonuses grow linearly to their full value at 0. Median
 * density is about 0.05 in English abstracts and 0.17-0.21 in Italian and French news.
 */
const NEWS_NAME_DENSITY = 0.25;

/**
 * Content words a text needs before its lack of names can mark it as technical: a two-line news
 * brief may name nobody. Below it the technical bonuses shrink in proportion. English abstracts
 * mostly have 50-90 content words; 30 cost them 0.1 F1.
 */
const MIN_TECHNICAL_WORDS = 30;

/**
 * Penalty for a phrase always continued by a content word where its head would be (see `cutShort`):
 * ×0.4 where modifiers precede the head (English abstracts +1.3 F1@5, +1.8 F1@10), ×0.7 where they
 * follow it (Italian and French news within ±0.5).
 */
const CUT_SHORT_HEAD_FINAL = 0.6;
const CUT_SHORT_HEAD_INITIAL = 0.3;

/** Prior specificity of a word on the generic list (`anno`, `parte`, `way`). */
const GENERIC_PRIOR = 0.3;

/** Letters at which a word's prior specificity reaches 1: short words are common words (Zipf). */
const SPECIFIC_LENGTH = 8;

/** Floor of the prior specificity of a phrase of several words: a compound is specific by itself. */
const COMPOUND_PRIOR = 0.8;

/** Exponent of the inverse document frequency: its square root, as the full idf over-rewarded rare typos. */
const IDF_POWER = 0.5;

/** Raw score that maps to 0.5; a name of the first sentence said five times maps near 0.9. */
const HALF_SCORE = 4;

/** Everything the scorer looks at for one text. */
export interface ScoringContext {
  grouping: Grouping;
  roles: WordRoles;
  nesting: Nesting;
  aliases: Aliases;
  /** Per group: 1 when it is two names side by side, never a keyphrase. */
  juxtaposed: Uint8Array;
  lexicon: Lexicon;
  df?: DocumentFrequencies | undefined;
}

/** Per-key facts shared by all groups of one text. */
interface KeyFacts {
  /** Prior specificity of each key id. */
  prior: Float64Array;
  /** Inverse document frequency of each key id in [0, 1], with a corpus. */
  idf: Float64Array | null;
  /** 1 for technical prose without names, 0 for news and anything denser in names. */
  technical: number;
  /** Occurrences of each key id as a single-word candidate. */
  wordCount: Int32Array;
}

/** Specificity of a content word without a corpus: generic nouns and short words say little. */
function wordPrior(key: string, lexicon: Lexicon): number {
  if (lexicon.generic.has(key)) return GENERIC_PRIOR;
  return Math.min(1, key.length / SPECIFIC_LENGTH);
}

/** Inverse document frequency of a key in [0, 1]; keys the table lacks count as one document. */
function idf(df: DocumentFrequencies, key: string): number {
  const n = df.df[key] ?? 1;
  return Math.log((df.documents + 1) / n) / Math.log(df.documents + 1);
}

/** Computes the per-key facts once per text. */
function keyFacts(ctx: ScoringContext): KeyFacts {
  const { grouping, lexicon, df } = ctx;
  const prior = new Float64Array(grouping.keys.length);
  const idfs = df ? new Float64Array(grouping.keys.length) : null;
  grouping.keys.forEach((key, id) => {
    prior[id] = wordPrior(key, lexicon);
    if (idfs && df) idfs[id] = idf(df, key);
  });
  let words = 0;
  let names = 0;
  const wordCount = new Int32Array(grouping.keys.length);
  for (let g = 0; g < grouping.size; g++) {
    if (grouping.length[g] !== 1) continue;
    words += grouping.count[g]!;
    names += grouping.nameCount[g]!;
    wordCount[grouping.wordKey[firstWord(grouping, g)]!] = grouping.count[g]!;
  }
  const density = words ? names / words : 0;
  const evidence = Math.min(1, words / MIN_TECHNICAL_WORDS);
  return { prior, idf: idfs, technical: evidence * Math.max(0, 1 - density / NEWS_NAME_DENSITY), wordCount };
}

/** Occurrences that count: those inside a repeated longer phrase do not, and in technical prose half of those inside any longer phrase. */
function effectiveCount(g: number, ctx: ScoringContext, technical: number): number {
  const count = ctx.grouping.count[g]!;
  const inRepeated = ctx.nesting.inRepeated[g]!;
  if (count <= inRepeated) return 0;
  const inOthers = ctx.nesting.inAny[g]! - inRepeated;
  return count - inRepeated - TECHNICAL_NESTED_DISCOUNT * technical * inOthers;
}

/**
 * Weight of a phrase that the text continues with a content word on the side where its head would
 * be: `trajectory control of redundant` before `manipulators` in English, where modifiers precede
 * the noun; `russa` after `tecnologia` in Italian, where they follow it. Names are whole as they are.
 */
function cutShort(g: number, ctx: ScoringContext, isName: boolean): number {
  if (isName) return 1;
  const { grouping, lexicon } = ctx;
  const open = lexicon.headFinal ? grouping.openCount[g]! : grouping.openLeftCount[g]!;
  const penalty = lexicon.headFinal ? CUT_SHORT_HEAD_FINAL : CUT_SHORT_HEAD_INITIAL;
  return 1 - (penalty * open) / grouping.count[g]!;
}

/** Raw (unbounded) relevance of one group. */
function rawScore(g: number, ctx: ScoringContext, facts: KeyFacts): number {
  const { grouping, roles } = ctx;
  const tf = effectiveCount(g, ctx, facts.technical);
  if (tf <= 0) return 0;
  const i = firstWord(grouping, g);
  let content = 0;
  let repeated = 0;
  let priorSum = 0;
  let idfSum = 0;
  for (let k = i; k < i + grouping.length[g]!; k++) {
    if (!roles.content[k]) continue;
    const key = grouping.wordKey[k]!;
    content++;
    if (facts.wordCount[key]! >= 2 || grouping.count[g]! >= 2) repeated++;
    priorSum += facts.prior[key]!;
    if (facts.idf) idfSum += facts.idf[key]!;
  }
  if (content === 0) return 0;
  const count = grouping.count[g]!;
  const isName = grouping.nameCount[g]! * 2 >= count;
  const headings = grouping.headingCount[g]!;
  const inBody = count > headings;
  const position = 1 + POSITION_WEIGHT / (1 + grouping.firstSentence[g]!);
  const heading = headings > 0 && (inBody || content === 1 || isName) ? 1 + HEADING_BONUS : 1;
  const headingOnly = !inBody && content > 1 && !isName ? HEADING_ONLY_PENALTY : 1;
  const name = 1 + (NAME_BONUS * grouping.nameCount[g]!) / count;
  const perWord = isName ? LENGTH_BONUS : LENGTH_BONUS + TECHNICAL_LENGTH_BONUS * facts.technical;
  const length = 1 + perWord * Math.max(0, repeated + facts.technical * (content - repeated) - 1);
  let specificity = isName ? 1 : priorSum / content;
  if (!isName && content > 1) specificity = Math.max(specificity, COMPOUND_PRIOR);
  if (facts.idf) specificity *= (idfSum / content) ** IDF_POWER;
  return tf * position * heading * headingOnly * name * length * specificity * cutShort(g, ctx, isName);
}

/** Scores every group: relevance in [0, 1]; 0 for fragments that never occur on their own and merged short names. */
export function scoreGroups(ctx: ScoringContext): Float64Array {
  const facts = keyFacts(ctx);
  const scores = new Float64Array(ctx.grouping.size);
  for (let g = 0; g < ctx.grouping.size; g++) {
    if (ctx.aliases.target[g]! >= 0 || ctx.juxtaposed[g]) continue;
    const raw = rawScore(g, ctx, facts);
    scores[g] = raw / (raw + HALF_SCORE);
  }
  return scores;
}
