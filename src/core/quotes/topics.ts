/**
 * People a sentence is about without a reporting verb: its subject when it is a named person (`Il
 * comandante, il colonnello Luca Toti, ha voluto ringraziare …`, `Tra gli sfollati c’è Giuseppina
 * Marchi`, `Commossa Anna Dal Ben`). A pro-drop or floating quotation right after such a sentence, in
 * the same paragraph, is that person's, not the previous speaker's (`«…», racconta.`).
 */
import { appositionAfter } from './before.js';
import { afterPreposition, introduction, type Mention, mentionAt, nameText } from './mentions.js';
import { canonicalName, type People } from './people.js';
import type { Context } from './words.js';

/** The named subject of one sentence. */
export interface Topic {
  /** Offset of the mention. */
  at: number;
  /** Paragraph of the sentence. */
  paragraph: number;
  /** The mention (a name, or a role phrase whose name is set off by commas after it). */
  mention: Mention;
}

/*
 * How many words from the start of a sentence its subject is looked for. Subjects open the sentence
 * or follow a short fronted phrase (`Tra gli sfollati c’è anche`, `Più preoccupato`): a dozen words
 * covers them; later names are objects and complements.
 */
const SUBJECT_WINDOW = 12;

/** True when the name is a person's: a speaker or tied to a role, or it starts with a given name. */
function isPerson(ctx: Context, people: People, known: ReadonlySet<string>, m: Mention): boolean {
  const name = nameText(ctx, m);
  if (name === null) return false;
  const full = canonicalName(people, name);
  return known.has(full) || ctx.lex.givenNames.has(full.toLowerCase().split(/\s+/)[0] ?? '');
}

/** The named person who is the subject of the sentence `s`, or null. */
function topicOf(ctx: Context, people: People, known: ReadonlySet<string>, s: number): Mention | null {
  const sentence = ctx.seg.sentences[s]!;
  const end = Math.min(sentence.tokenEnd, sentence.tokenStart + SUBJECT_WINDOW);
  for (let i = sentence.tokenStart; i < end; i++) {
    if (ctx.words[i]!.depth !== 0) return null;
    // After `ha battuto` a name is the object: the subject, if any, came before.
    if (ctx.lex.haveAuxiliaries?.has(ctx.words[i]!.lower)) return null;
    const m = mentionAt(ctx, i);
    if (!m || m.to <= i) continue;
    if (m.pronoun) return null;
    const intro = introduction(ctx, m);
    if (afterPreposition(ctx, m) && intro === null) {
      i = m.to - 1;
      continue;
    }
    if (m.nameFrom < 0) {
      // A role subject names a new person only through a name set off after it.
      const name = appositionAfter(ctx, m, sentence.tokenEnd);
      return name && isPerson(ctx, people, known, name) ? name : null;
    }
    if (intro === 'age' || isPerson(ctx, people, known, m)) return m;
    i = m.to - 1;
  }
  return null;
}

/** The named subjects of the sentences outside quotations, in text order. */
export function sentenceTopics(ctx: Context, people: People, known: ReadonlySet<string>): Topic[] {
  const out: Topic[] = [];
  ctx.seg.sentences.forEach((sentence, s) => {
    if (sentence.heading) return;
    const m = topicOf(ctx, people, known, s);
    if (m) out.push({ at: ctx.words[m.from]!.start, paragraph: sentence.paragraph, mention: m });
  });
  return out;
}
