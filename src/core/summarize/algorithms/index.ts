/** The registry of ranking algorithms, by the name `--algorithm` takes. */
import type { Ranker } from '../context.js';
import type { SummaryAlgorithm } from '../types.js';
import { blend } from './blend.js';
import { centroid } from './centroid.js';
import { lead } from './lead.js';
import { lexrank } from './lexrank.js';
import { luhn } from './luhn.js';
import { textrank } from './textrank.js';

export const RANKERS: Readonly<Record<SummaryAlgorithm, Ranker>> = {
  blend,
  textrank,
  lexrank,
  luhn,
  centroid,
  lead,
};
