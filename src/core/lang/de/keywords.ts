/**
 * German word lists for keyphrase extraction, lower-case. They complement the function words of the
 * language data: a keyphrase names a thing, so common verbs, adverbs and time words cannot start or
 * end one. German capitalises every noun, so capitals say little about names here.
 */

/** Words that may stand inside a keyphrase between two content words (German compounds instead). */
export const connectors: readonly string[] = [];

/** Articles that may follow a connector inside a keyphrase. */
export const articles: readonly string[] = ['der', 'des'];

/** Particles inside proper names, between two capitalised words (`Ursula von der Leyen`). */
export const nameParticles: readonly string[] = ['von', 'van', 'der', 'den', 'de', 'zu'];

/**
 * German capitalises every noun: a capital says nothing about a proper name, and a keyphrase, a
 * noun phrase, ends with a capitalised word (`neue Gesetze`, never `Gesetze plant`).
 */
export const capitalisedNouns = true;

/**
 * Endings of an adjective before a noun (`neue`, `großen`, `deutscher`): a lower-case word inside a
 * keyphrase must have one, or it is a verb or an adverb (`plant`, `heute`).
 */
export const attributiveEndings: readonly string[] = ['e', 'en', 'er', 'es', 'em'];

/** Endings of adverbs (in words of 6+ letters): such words never start or end a keyphrase. */
export const adverbSuffixes: readonly string[] = [];

/**
 * Auxiliaries, modals, clitics and subject pronouns (and the adverbs that may follow them): the
 * first content word after a chain of these is a verb (`ha detto`, `is based`), not a keyphrase word.
 */
export const verbMarkers: readonly string[] = [];

/** Endings of finite verb forms (none: German verbs are lower case): lower-case words with them are stopwords. */
export const verbSuffixes: readonly string[] = [];

/** Modifiers precede the noun (`model predictive control`): a phrase ends with its head. */
export const headFinal = true;

/** Titles and roles written before a name (`presidente`, `Minister`): not part of the name they precede. */
export const titles: readonly string[] = `
herr frau präsident präsidentin bundespräsident bundeskanzler bundeskanzlerin kanzler kanzlerin minister ministerin bürgermeister bürgermeisterin könig königin prinz prinzessin papst kardinal oberst kapitän richter richterin botschafter dr prof
`
  .trim()
  .split(/\s+/);

/** Words that never start or end a keyphrase although they are not function words. */
export const extraStopwords: readonly string[] = `
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf
aus bei bin bis bist da damit dann das dass daß dein deine dem den der des dessen dich die dies diese
diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines er es etwas euch
euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in
indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine können könnte machen man manche mein
meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine selbst sich
sie sind so solche soll sollte sondern sonst über um und uns unser unter viel vom von vor während war
waren was weil weiter welche wenn werde werden wie wieder will wir wird wo wollen wurde wurden zu zum
zur zwar zwischen heute gestern morgen immer bereits schon sagte erklärte betonte teilte mehr
zwei drei vier fünf sechs sieben acht neun zehn hundert tausend
januar februar märz april mai juni juli august september oktober november dezember
montag dienstag mittwoch donnerstag freitag samstag sonntag
`
  .trim()
  .split(/\s+/);

/**
 * Common nouns so general that they rarely name what a text is about (`Jahr`, `Teil`, `Zeit`): they
 * may stand in a keyphrase, but alone they are weighed down.
 */
export const genericWords: readonly string[] = `
jahr jahre jahren tag tage tagen woche wochen monat monate stunde stunden zeit teil teile art weise
sache sachen person personen leute zahl fall fälle punkt moment ende anfang welt problem probleme frage
fragen millionen milliarden euro prozent neue neuen neuer großen
`
  .trim()
  .split(/\s+/);
