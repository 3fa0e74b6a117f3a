/**
 * Person, place or organisation: each piece of evidence about an entity votes for one kind with a
 * weight, and the kind with the most votes wins; an entity without any evidence is `other`. Gazetteers
 * outweigh everything, since a listed name is rarely anything else; role phrases come next; context
 * cues (a reporting verb, a place preposition) are weak, since countries and bodies "say" things too
 * (`Tokyo ha fatto sapere`) and people are spoken "to" (`ha detto a Putin`).
 */
import type { Group } from './group.js';
import type { EntityLexicon, EntityType } from './types.js';

/**
 * Weight of each piece of evidence. The order is what matters: a gazetteer entry (4) beats a role or
 * a head word (3), which beats a given name or being a quotation's speaker (2), which beat the context
 * cues (1 each, at most 2 per cue), so that weak cues rarely overturn a strong one. Set by reasoning about which cue is more reliable, and
 * checked on the bundled article and hand-written sentences in the tests.
 */
const WEIGHT = {
  listed: 4,
  head: 3,
  role: 3,
  speaker: 2,
  firstName: 2,
  acronym: 1,
  speaks: 1,
  located: 1,
  aliased: 1,
  fullName: 1,
};

/** Most votes a repeated context cue can give, so that frequency alone never decides. */
const MAX_CUE_VOTES = 2;

/** Fewest votes that give an entity a kind: one full cue; half a cue (one `a Pechino`) is not enough. */
const MIN_VOTES = 1;

/** What else is known about the entity's names. */
export interface ClassifyContext {
  /** Lower-case words of the names of people who speak in the text. */
  speakers: readonly (readonly string[])[];
  /** Words the text also writes in lower case: common nouns, whatever their capital says. */
  lowerCase: ReadonlySet<string>;
}

/** The kind of an entity, from the evidence in its group. */
export function classify(group: Group, lexicon: EntityLexicon, context: ClassifyContext): EntityType {
  const votes = { person: 0, place: 0, organisation: 0 };
  if (group.listed) votes[group.listed] += WEIGHT.listed;
  const words = group.words;
  const content = words.filter((w) => !lexicon.particles.has(w.replace(/’$/u, '')));
  if (words.some((w) => lexicon.placeHeads.has(w)) || endsWithPlace(words, lexicon))
    votes.place += WEIGHT.head;
  if (words.some((w) => lexicon.organisationHeads.has(w))) votes.organisation += WEIGHT.head;
  if (group.mentions.some((m) => m.role !== null)) votes.person += WEIGHT.role;
  if (content.length > 1 && lexicon.firstNames.has(content[0]!)) votes.person += WEIGHT.firstName;
  if (!group.listed && group.mentions.some((m) => /^\p{Lu}{2,6}$/u.test(m.text))) {
    votes.organisation += WEIGHT.acronym;
  }
  if (context.speakers.some((s) => containsAll(s, content))) votes.person += WEIGHT.speaker;
  votes.person += Math.min(MAX_CUE_VOTES, group.mentions.filter((m) => m.speaks).length) * WEIGHT.speaks;
  votes.place +=
    Math.min(
      MAX_CUE_VOTES,
      group.mentions.reduce((n, m) => n + m.located, 0),
    ) * WEIGHT.located;
  if (group.aliased) votes.person += WEIGHT.aliased;
  // A name of two or three plain capitalised words (`Hirokazu Matsuno`) is most often a person's, unless it
  // opens with a common noun of the text (`Premio Nobel`, when the text also says `il premio`).
  const plain = content.length >= 2 && content.length <= 3 && content.length === words.length;
  if (plain && !context.lowerCase.has(content[0]!)) votes.person += WEIGHT.fullName;
  const best = (['place', 'organisation', 'person'] as const).reduce((a, b) => (votes[b] > votes[a] ? b : a));
  return votes[best] >= MIN_VOTES ? best : 'other';
}

/** True when the name ends with a listed place after a qualifier (`Russian Far East`, `Southern California`). */
function endsWithPlace(words: readonly string[], lexicon: EntityLexicon): boolean {
  for (let k = 1; k < words.length; k++) if (lexicon.places.has(words.slice(k).join(' '))) return true;
  return false;
}

/** True when every word of `name` is among `words`. */
function containsAll(words: readonly string[], name: readonly string[]): boolean {
  return name.length > 0 && name.every((w) => words.includes(w));
}
