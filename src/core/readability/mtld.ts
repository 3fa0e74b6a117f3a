/**
 * MTLD, the measure of textual lexical diversity (McCarthy and Jarvis, 2010): the mean length of the
 * stretches of text over which the running type/token ratio stays above a threshold. Unlike the raw
 * type/token ratio, it does not fall as the text grows, so long and short texts compare.
 */

/**
 * Type/token ratio that closes a factor. McCarthy and Jarvis chose 0.72 as the point where the ratio
 * curve of their texts flattened out, and it is the value every MTLD figure in the literature uses.
 */
export const MTLD_THRESHOLD = 0.72;

/**
 * Factors in one pass: a factor ends whenever the running type/token ratio falls to the threshold; the
 * leftover stretch counts as the fraction (1 − ratio) / (1 − threshold) of a factor.
 */
export function mtldFactors(words: readonly string[], threshold = MTLD_THRESHOLD): number {
  let factors = 0;
  let types = new Set<string>();
  let tokens = 0;
  let ratio = 1;
  for (const word of words) {
    types.add(word);
    tokens++;
    ratio = types.size / tokens;
    if (ratio <= threshold) {
      factors++;
      types = new Set();
      tokens = 0;
      ratio = 1;
    }
  }
  if (tokens > 0) factors += (1 - ratio) / (1 - threshold);
  return factors;
}

/** One directional MTLD: words per factor, or null when the pass finds no factor at all. */
function mtldPass(words: readonly string[], threshold: number): number | null {
  const factors = mtldFactors(words, threshold);
  return factors > 0 ? words.length / factors : null;
}

/**
 * MTLD of a word sequence (already normalised, e.g. lower-cased): the mean of the forward and the
 * backward pass. Null when a pass has no factor (every word different), where the measure is undefined.
 */
export function mtld(words: readonly string[], threshold = MTLD_THRESHOLD): number | null {
  const forward = mtldPass(words, threshold);
  const backward = mtldPass([...words].reverse(), threshold);
  if (forward === null || backward === null) return null;
  return (forward + backward) / 2;
}
