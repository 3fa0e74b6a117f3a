/**
 * The sentence similarity graph in linear time. Comparing every pair of sentences is quadratic
 * (what makes sumy's TextRank need minutes on 1 MB); here each sentence meets only the sentences
 * that share a term with it, found through an inverted index, and for each term only the next
 * LOOKAHEAD sentences that contain it. Each sentence keeps its FORWARD_CAP most similar later
 * sentences, and every edge is stored in both directions.
 */
import type { SummaryDocument } from './document.js';

/** A symmetric sparse graph over the sentences, in CSR layout. */
export interface SimilarityGraph {
  /** Neighbours of sentence s are at positions `offset[s] .. offset[s + 1]` of the arrays below. */
  offset: Int32Array;
  /** The neighbour's sentence index. */
  target: Int32Array;
  /** Cosine similarity of the two tf-isf vectors, 0..1. */
  cosine: Float32Array;
  /** Number of distinct content terms the two sentences share. */
  shared: Float32Array;
  /**
   * How much one sentence is contained in the other: the share of its tf-isf weight on terms the
   * other has too, for whichever of the two has more of it (0 when that one is too short to tell).
   */
  containment: Float32Array;
}

/*
 * LOOKAHEAD: how many later sentences containing a term each sentence is compared with, through
 * that term. A news article has a few dozen sentences, so below it every pair sharing a term is
 * compared (the exact graph); on megabytes of text it bounds the work to LOOKAHEAD per term
 * occurrence. 48 keeps articles of up to ~50 sentences exact; the graph of 1 MB of Italian takes
 * ~0.05 s, of 10 MB ~1 s.
 *
 * FORWARD_CAP: how many of the most similar later sentences each sentence keeps. On articles it
 * rarely cuts anything but the weakest links, which barely move PageRank (12 instead of 24 changed
 * ROUGE by less than 0.2 point).
 *
 * EDGE_BUDGET, MIN_FORWARD: on very long texts the cap shrinks so that at most EDGE_BUDGET forward
 * edges are kept (about 100 MB with their reverse copies), but never below MIN_FORWARD. 10 MB of
 * news (63,000 sentences) keeps the full cap; 10 MB of four-word sentences (320,000) keeps 6.
 */
const LOOKAHEAD = 48;
const FORWARD_CAP = 24;
const EDGE_BUDGET = 2_000_000;
const MIN_FORWARD = 6;

/*
 * CONTAINED_MIN_TERMS: containment is measured only for sentences with at least this many
 * distinct content terms; a four-word sentence (`I would keep Gerrard.`) is "contained" in any
 * longer sentence that names the same two things without repeating it.
 */
const CONTAINED_MIN_TERMS = 5;

/** Inverted index over the candidate sentences: for each term, the sentences containing it and how often. */
function postings(doc: SummaryDocument): { start: Int32Array; sentence: Int32Array; count: Int32Array } {
  const v = doc.vocabulary.length;
  const start = new Int32Array(v + 1);
  for (let t = 0; t < v; t++) start[t + 1] = start[t]! + doc.sentenceFrequency[t]!;
  const fill = start.slice(0, v);
  const sentence = new Int32Array(start[v]!);
  const count = new Int32Array(start[v]!);
  for (const s of doc.candidates) {
    for (let k = doc.termStart[s]!; k < doc.termStart[s + 1]!; k++) {
      const t = doc.termIds[k]!;
      const at = fill[t]!++;
      sentence[at] = s;
      count[at] = doc.termCounts[k]!;
    }
  }
  return { start, sentence, count };
}

/** Value of the k-th largest entry of `values[0 .. length]` (quickselect on a scratch copy). */
function kthLargest(values: Float64Array, length: number, k: number, scratch: Float64Array): number {
  scratch.set(values.subarray(0, length));
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = scratch[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (scratch[i]! > pivot) i++;
      while (scratch[j]! < pivot) j--;
      if (i <= j) {
        const tmp = scratch[i]!;
        scratch[i++] = scratch[j]!;
        scratch[j--] = tmp;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return scratch[k]!;
}

/** Share of sentence s's squared weight on shared terms, or 0 when s has too few terms to judge. */
function containedShare(doc: SummaryDocument, s: number, sharedWeight: number, norm: number): number {
  if (doc.termStart[s + 1]! - doc.termStart[s]! < CONTAINED_MIN_TERMS || norm === 0) return 0;
  return Math.min(1, sharedWeight / (norm * norm));
}

/** Builds the graph; `isf` and `norms` come from `weights.ts`. */
export function buildGraph(doc: SummaryDocument, isf: Float64Array, norms: Float64Array): SimilarityGraph {
  const n = doc.sentences.length;
  const index = postings(doc);
  const cursor = index.start.slice(0, doc.vocabulary.length);
  const dot = new Float64Array(n);
  const shared = new Float64Array(n);
  // Per touched sentence: weight² on shared terms, of the current sentence and of the other one.
  const mine = new Float64Array(n);
  const theirs = new Float64Array(n);
  const touched = new Int32Array(n);
  let cosines = new Float64Array(256);
  let scratch = new Float64Array(256);
  // At most `cap` forward edges per candidate, in typed arrays sized once.
  const cap = Math.max(MIN_FORWARD, Math.min(FORWARD_CAP, Math.floor(EDGE_BUDGET / doc.candidates.length)));
  const capacity = doc.candidates.length * cap;
  const edges: EdgeList = {
    size: 0,
    from: new Int32Array(capacity),
    to: new Int32Array(capacity),
    cos: new Float32Array(capacity),
    common: new Float32Array(capacity),
    contain: new Float32Array(capacity),
  };
  for (const s of doc.candidates) {
    let m = 0;
    for (let k = doc.termStart[s]!; k < doc.termStart[s + 1]!; k++) {
      const t = doc.termIds[k]!;
      const w = doc.termCounts[k]! * isf[t]!;
      const p = cursor[t]!++;
      const last = Math.min(p + LOOKAHEAD, index.start[t + 1]! - 1);
      for (let q = p + 1; q <= last; q++) {
        const o = index.sentence[q]!;
        if (shared[o] === 0) touched[m++] = o;
        const v = index.count[q]! * isf[t]!;
        dot[o]! += w * v;
        shared[o]! += 1;
        mine[o]! += w * w;
        theirs[o]! += v * v;
      }
    }
    if (m > cosines.length) {
      cosines = new Float64Array(m * 2);
      scratch = new Float64Array(m * 2);
    }
    for (let i = 0; i < m; i++) {
      const o = touched[i]!;
      const denominator = norms[s]! * norms[o]!;
      cosines[i] = denominator > 0 ? dot[o]! / denominator : 0;
    }
    const floor = m > cap ? kthLargest(cosines, m, cap - 1, scratch) : 0;
    let kept = 0;
    // Strictly better links first, then ties at the floor while room is left.
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < m && kept < cap; i++) {
        const c = cosines[i]!;
        if (c <= 0 || (pass === 0 ? c <= floor : c !== floor)) continue;
        const o = touched[i]!;
        const at = edges.size++;
        edges.from[at] = s;
        edges.to[at] = o;
        edges.cos[at] = Math.min(1, c);
        edges.common[at] = shared[o]!;
        edges.contain[at] = Math.max(
          containedShare(doc, s, mine[o]!, norms[s]!),
          containedShare(doc, o, theirs[o]!, norms[o]!),
        );
        kept++;
      }
    }
    for (let i = 0; i < m; i++) {
      const o = touched[i]!;
      dot[o] = 0;
      shared[o] = 0;
      mine[o] = 0;
      theirs[o] = 0;
    }
  }
  return symmetric(n, edges);
}

/** The forward edges found so far: parallel arrays, the first `size` entries used. */
interface EdgeList {
  size: number;
  from: Int32Array;
  to: Int32Array;
  cos: Float32Array;
  common: Float32Array;
  contain: Float32Array;
}

/** Stores every forward edge in both directions, grouped by source sentence. */
function symmetric(n: number, edges: EdgeList): SimilarityGraph {
  const { size, from, to, cos, common, contain } = edges;
  const offset = new Int32Array(n + 1);
  for (let e = 0; e < size; e++) {
    offset[from[e]! + 1]!++;
    offset[to[e]! + 1]!++;
  }
  for (let s = 0; s < n; s++) offset[s + 1]! += offset[s]!;
  const fill = offset.slice(0, n);
  const total = offset[n]!;
  const target = new Int32Array(total);
  const cosine = new Float32Array(total);
  const shared = new Float32Array(total);
  const containment = new Float32Array(total);
  for (let e = 0; e < size; e++) {
    const a = from[e]!;
    const b = to[e]!;
    const ia = fill[a]!++;
    target[ia] = b;
    cosine[ia] = cos[e]!;
    shared[ia] = common[e]!;
    containment[ia] = contain[e]!;
    const ib = fill[b]!++;
    target[ib] = a;
    cosine[ib] = cos[e]!;
    shared[ib] = common[e]!;
    containment[ib] = contain[e]!;
  }
  return { offset, target, cosine, shared, containment };
}
