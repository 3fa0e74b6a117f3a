/**
 * French word lists for keyphrase extraction, lower-case. They complement the function words of
 * the language data: a keyphrase names a thing, so common verbs, adverbs and time words cannot
 * start or end one.
 */

/** Prepositions that may stand inside a keyphrase between two content words (`changement de service`). */
export const connectors: readonly string[] = ['de', 'du', 'des', 'd'];

/** Articles that may follow a connector inside a keyphrase (`forces de la coalition`). */
export const articles: readonly string[] = ['la', 'l'];

/** Particles inside proper names, between two capitalised words (`Charles de Gaulle`). */
export const nameParticles: readonly string[] = ['de', 'du', 'des', 'd', 'van', 'von'];

/** Endings of adverbs (in words of 6+ letters): such words never start or end a keyphrase. */
export const adverbSuffixes: readonly string[] = [
  'amment',
  'emment',
  'iquement',
  'ivement',
  'eusement',
  'ablement',
  'iblement',
  'ièrement',
  'airement',
];

/**
 * Auxiliaries, modals, clitics and subject pronouns (and the adverbs that may follow them): the
 * first content word after a chain of these is a verb (`ha detto`, `is based`), not a keyphrase word.
 */
export const verbMarkers: readonly string[] = [
  'a',
  'ont',
  'ai',
  'as',
  'avons',
  'avez',
  'avait',
  'avaient',
  'aura',
  'auront',
  'aurait',
  'auraient',
  'ait',
  'aient',
  'été',
  'peut',
  'peuvent',
  'pourra',
  'pourrait',
  'pourraient',
  'doit',
  'doivent',
  'devra',
  'devrait',
  'devraient',
  'va',
  'vont',
  'se',
  's',
  'ne',
  'n',
  'il',
  'ils',
  'elle',
  'elles',
  'on',
  'nous',
  'vous',
  'je',
  'j',
  'pas',
  'déjà',
  'jamais',
];

/** Endings of finite verb forms (`annoncèrent`, `seront`, `viendraient`): lower-case words with them are stopwords. */
export const verbSuffixes: readonly string[] = [
  'èrent',
  'irent',
  'aient',
  'eront',
  'iront',
  'erait',
  'iraient',
  'eraient',
];

/**
 * Infinitives: a lower-case word with one of `infinitiveSuffixes` right after one of
 * `infinitivePrepositions` is a verb (`décide de partir`, `pour réduire`), unless it ends with one of `nounSuffixes` or is one of
 * the nouns and adjectives in `infinitiveExceptions`.
 */
export const infinitivePrepositions: readonly string[] = ['à', 'de', 'd', 'pour', 'sans', 'par'];

/** Endings of infinitives (with attached pronouns where the language writes them so). */
export const infinitiveSuffixes: readonly string[] = ['er', 'ir'];

/** Endings that look like an infinitive's but mostly end nouns. */
export const nounSuffixes: readonly string[] = ['ier', 'oir'];

/** Nouns and adjectives with an infinitive's ending. */
export const infinitiveExceptions: readonly string[] = `
mer fer hiver cancer super leader premier dernier dîner déjeuner foyer loyer plaisir désir loisir
avenir souvenir cuir zéphyr laser poker docker boxer reporter manager porter
`
  .trim()
  .split(/\s+/);

/** Titles and roles written before a name (`presidente`, `Minister`): not part of the name they precede. */
export const titles: readonly string[] = `
m mme mlle monsieur madame président présidente premier ministre secrétaire sénateur sénatrice député députée maire roi reine prince princesse pape cardinal colonel capitaine commandant chancelier chancelière juge docteur maître ambassadeur
`
  .trim()
  .split(/\s+/);

/** Words that never start or end a keyphrase although they are not function words. */
export const extraStopwords: readonly string[] = `
a à au aux ai aie aient aies ait as avaient avais avait avant avec avez aviez avions avoir avons ayant ayez ayons
c ça car ce ceci cela celle celles celui cependant certain certaine certaines certains ces cet cette ceux
chacun chacune chaque chez ci comme comment d dans de des désormais depuis dès donc dont du elle elles en
encore entre es est et étaient étais était étant été êtes étiez étions être eu eue eues eux eûmes eurent
eus eut fait faire fais faisait font fut furent hier ici il ils j je jusqu jusque l la là le les leur
leurs lors lorsqu lorsque lui m ma mais me même mêmes mes moi mon n ne ni non nos notre nous on ont ou où
par parce parmi pas pendant peu peut peuvent plus plusieurs pour pourquoi pourrait pourraient puis
puisqu puisque qu quand que quel quelle quelles quels qui quoi s sa sans se selon ser sera serait seraient
seront ses si sien sienne soi soient sois soit sommes son sont sous souvent suis sur t ta tandis tant te
tes toi ton tous tout toute toutes très tu un une unes uns vers via voici voilà vos votre vous y
aujourd aujourd'hui demain toujours jamais déjà aussi ainsi alors après autour autre autres beaucoup bien
enfin ensuite environ fois lequel laquelle lesquels lesquelles longtemps maintenant moins notamment
peut-être presque quelque quelques rien seulement surtout tard tôt trop également afin auprès
reste restent semble semblent devient deviennent vient viennent dit disent affirme affirment déclare
estime estiment explique expliquent ajoute souligne rappelle indique précise annonce assure confirme
rapporte raconte explique demande demandent prend prennent met mettent voit trouve trouvent
déclaré annoncé indiqué affirmé expliqué précisé ajouté estimé souligné rapporté dit dire selon
devrait devraient doit doivent pourra pourront veut veulent faut semble semblent permet permettre
mis mise prise pris fin début lors cours face
un deux trois quatre cinq six sept huit neuf dix onze douze vingt trente cent cents mille
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche
`
  .trim()
  .split(/\s+/);

/**
 * Common nouns so general that they rarely name what a text is about (`année`, `partie`, `fois`):
 * they may stand in a keyphrase, but alone they are weighed down.
 */
export const genericWords: readonly string[] = `
an ans année années jour jours semaine semaines mois heure heures minutes temps partie parties façon
manière chose choses personne personnes gens nombre cas point points fait faits moment moments début
type niveau monde problème problèmes question questions situation millions milliards euros dollars
dernier dernière derniers dernières premier première premiers premières nouveau nouvelle nouveaux
nouvelles grand grande grands grandes petit petite
`
  .trim()
  .split(/\s+/);
