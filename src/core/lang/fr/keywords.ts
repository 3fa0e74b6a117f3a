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
