/**
 * The subject of a reporting verb: before it (`Il sindaco ha detto`), inverted after it (`ha detto
 * il sindaco`, `ha detto l’australiano`), or the source after an impersonal plural (`fanno sapere
 * dal Comune`). A verb that opens a clause after a comma takes the subject after it.
 */
import { type Mention, mentionAt, roleMention } from './mentions.js';
import type { Cue } from './reporting.js';
import { OWNER, roleHead } from './roles.js';
import { subjectAfter, subjectBefore } from './subject.js';
import type { Context } from './words.js';

/*
 * Most words of a noun phrase taken as the inverted subject of a reporting verb (`ha detto
 * l’australiano`, `ha spiegato la banchiera francese`): an article, a noun and an adjective or two.
 */
const NOUN_PHRASE = 3;

/**
 * The noun phrase right after a reporting verb that follows a quotation, when no known role or name
 * is there: after a quotation the verb's object is the quotation, so the phrase is its subject
 * (`l’australiano`, `il primo cittadino`). Phrases of time (`la settimana scorsa`) are not.
 */
export function nounAfter(ctx: Context, cue: Cue): Mention | null {
  let i = cue.to;
  while (ctx.lex.adverbs.has(ctx.words[i]?.lower ?? '')) i++;
  return nounPhrase(ctx, i);
}

/** Most words of the prepositional phrase between a reporting verb and its inverted subject (`in una nota`). */
const LEADING_PHRASE = 4;

/**
 * The noun phrase after a reporting verb that follows a quotation, past a prepositional phrase
 * (`«…», afferma in una nota la capogruppo del partito`): after the quotation the verb has its
 * object, so an article that opens a new phrase there opens the subject.
 */
export function nounAfterPhrase(ctx: Context, cue: Cue): Mention | null {
  const { words, lex } = ctx;
  let k = cue.to;
  while (lex.adverbs.has(words[k]?.lower ?? '')) k++;
  if (!lex.prepositions.has(words[k]?.lower ?? '') || lex.clauseWords?.has(words[k]!.lower)) return null;
  const end = Math.min(words.length, k + 1 + LEADING_PHRASE);
  // The phrase's own article comes right after its preposition; the next article opens the subject.
  for (k += 2; k < end; k++) {
    const w = words[k]!;
    if (w.kind !== 'word' || w.cap || w.sentence !== words[cue.verb]!.sentence) return null;
    if (lex.prepositions.has(w.lower)) return null;
    if (lex.articles.has(w.lower)) return nounPhrase(ctx, k);
  }
  return null;
}

/** The noun phrase opened by an article at word `i` (`l’australiano`, `gli inquirenti`), or null. */
export function nounPhrase(ctx: Context, i: number): Mention | null {
  const { words, lex } = ctx;
  const article = words[i];
  if (!article || !lex.articles.has(article.lower) || lex.prepositions.has(article.lower)) return null;
  const role: string[] = [];
  let k = i + 1;
  for (; k < Math.min(words.length, i + 1 + NOUN_PHRASE); k++) {
    const w = words[k]!;
    if (w.kind !== 'word' || w.cap || w.sentence !== article.sentence || w.depth !== article.depth) break;
    if (lex.prepositions.has(w.lower) || ctx.stopwords.has(w.lower) || lex.timeWords?.has(w.lower)) break;
    role.push(role.length === 0 ? roleHead(ctx, k) : w.lower);
  }
  if (role.length === 0 || lex.timeWords?.has(words[k]?.lower ?? '')) return null;
  return { from: i, to: k, nameFrom: -1, nameTo: -1, role, pronoun: false };
}

/** Most lower-case words of the complement that may follow an inverted noun phrase (`dello studio`). */
const COMPLEMENT = 3;

/**
 * The noun phrase after a clause-initial reporting verb when a comma closes it, its complement
 * included (`Nel campione, ha precisato il relatore dello studio, «…»`): set off like that it is
 * the subject; an object runs on to the quotation (`ha definito la riforma «…»`, `ha chiesto un incontro:`).
 */
function setOffNoun(ctx: Context, cue: Cue): Mention | null {
  const m = nounAfter(ctx, cue);
  if (!m || cue.kind !== 'speech') return null;
  const { words } = ctx;
  let k = m.to;
  if (OWNER.test(words[k]?.lower ?? '')) {
    const end = k + 1 + COMPLEMENT;
    for (k++; k < end && words[k]?.kind === 'word' && !words[k]!.cap; k++);
  }
  return words[k]?.text === ',' ? m : null;
}

/**
 * The source named after an impersonal plural reporting verb (`precisano dal comando dei vigili`,
 * `fanno sapere dal Comune`): the body the words come from speaks them. A participle with `da`
 * names a secondary source instead (`come riferito dall’Ansa`) and is not read here.
 */
export function sourceAfter(ctx: Context, cue: Cue): Mention | null {
  const { words, lex } = ctx;
  const verb = words[cue.verb]!;
  if (!lex.sourcePrepositions || !lex.pluralEndings?.some((e) => verb.lower.endsWith(e))) return null;
  let k = cue.to;
  while (lex.adverbs.has(words[k]?.lower ?? '')) k++;
  const from = words[k];
  if (!from || from.sentence !== verb.sentence || from.depth !== verb.depth) return null;
  if (!lex.sourcePrepositions.has(from.lower)) return null;
  const m = mentionAt(ctx, k + 1) ?? roleMention(ctx, k + 1);
  return m && m.from === k + 1 && !m.pronoun ? m : null;
}

/** Most words of the fronted source phrase before an impersonal plural verb (`Dalla direzione dell’azienda`). */
const FRONTED_SOURCE = 5;

/**
 * The source fronted before an impersonal plural reporting verb at the start of its clause
 * (`Dall’azienda fanno sapere`, `Dal Comune precisano`): the body the words come from.
 */
function sourceBefore(ctx: Context, cue: Cue): Mention | null {
  const { words, lex } = ctx;
  const verb = words[cue.verb]!;
  if (!lex.sourcePrepositions || !lex.pluralEndings?.some((e) => verb.lower.endsWith(e))) return null;
  for (let k = cue.from - 1; k >= Math.max(0, cue.from - FRONTED_SOURCE); k--) {
    const w = words[k]!;
    if (w.sentence !== verb.sentence || w.depth !== verb.depth || w.kind === 'punctuation') return null;
    if (!lex.sourcePrepositions.has(w.lower)) continue;
    const prev = words[k - 1];
    if (prev && prev.sentence === w.sentence && !/^[,;:]$/.test(prev.text)) return null;
    const m = mentionAt(ctx, k + 1) ?? roleMention(ctx, k + 1);
    return m && m.from === k + 1 && !m.pronoun && m.to <= cue.from ? m : null;
  }
  return null;
}

/**
 * The subject of the reporting verb phrase `cue`: the mention before it or, failing that, after it.
 * A verb that opens a clause after a comma and has a subject right after it takes that one, a noun
 * phrase too: the words before the comma are a fronted phrase (`Fino a nuovo ordine, ha precisato
 * la Protezione civile,`, `Nel campione, ha precisato il relatore dello studio,`).
 */
export function cueSubject(ctx: Context, cue: Cue, floor: number, ceiling: number): Mention | null {
  const opens = ctx.words[cue.from - 1]?.text === ',';
  const inverted = opens ? (subjectAfter(ctx, cue.to, ceiling) ?? setOffNoun(ctx, cue)) : null;
  return (
    sourceAfter(ctx, cue) ??
    sourceBefore(ctx, cue) ??
    inverted ??
    subjectBefore(ctx, cue.from, floor) ??
    subjectAfter(ctx, cue.to, ceiling)
  );
}
