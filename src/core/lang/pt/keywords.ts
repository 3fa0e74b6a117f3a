/**
 * Portuguese word lists for keyphrase extraction, lower-case. They complement the function words of
 * the language data: a keyphrase names a thing, so common verbs, adverbs and time words cannot
 * start or end one.
 */

/** Prepositions that may stand inside a keyphrase between two content words (`ministro da economia`). */
export const connectors: readonly string[] = ['de', 'do', 'da', 'dos', 'das'];

/** Articles that may follow a connector inside a keyphrase (none: Portuguese contracts them). */
export const articles: readonly string[] = [];

/** Particles inside proper names, between two capitalised words (`Luiz Inácio Lula da Silva`). */
export const nameParticles: readonly string[] = ['de', 'do', 'da', 'dos', 'das', 'van', 'von'];

/** Endings of adverbs (in words of 6+ letters): such words never start or end a keyphrase. */
export const adverbSuffixes: readonly string[] = ['mente'];

/**
 * Auxiliaries, modals, clitics and subject pronouns (and the adverbs that may follow them): the
 * first content word after a chain of these is a verb (`ha detto`, `is based`), not a keyphrase word.
 */
export const verbMarkers: readonly string[] = [
  'tem',
  'têm',
  'tinha',
  'tinham',
  'terá',
  'teria',
  'havia',
  'sido',
  'está',
  'estão',
  'estava',
  'estavam',
  'pode',
  'podem',
  'poderá',
  'poderia',
  'deve',
  'devem',
  'deverá',
  'deveria',
  'vai',
  'vão',
  'ia',
  'se',
  'não',
  'já',
  'nunca',
];

/** Endings of finite verb forms (`visitou`, `destruíram`, `vai`): lower-case words with them are stopwords. */
export const verbSuffixes: readonly string[] = ['ou', 'aram', 'eram', 'iram', 'avam', 'ará', 'erá', 'irá'];

/**
 * Infinitives: a lower-case word with one of `infinitiveSuffixes` right after one of
 * `infinitivePrepositions` is a verb (`decidiu subir`, `para reduzir`), unless it ends with one of `nounSuffixes` or is one of
 * the nouns and adjectives in `infinitiveExceptions`.
 */
export const infinitivePrepositions: readonly string[] = ['a', 'de', 'para', 'sem', 'por'];

/** Endings of infinitives (with attached pronouns where the language writes them so). */
export const infinitiveSuffixes: readonly string[] = ['ar', 'er', 'ir', 'ar-se', 'er-se', 'ir-se'];

/** Endings that look like an infinitive's but mostly end nouns. */
export const nounSuffixes: readonly string[] = [];

/** Nouns and adjectives with an infinitive's ending. */
export const infinitiveExceptions: readonly string[] = `
lugar militar popular nuclear particular poder mulher prazer dever colher líder açúcar altar
jantar olhar pilar radar colar caráter familiar solar lunar celular muscular regular singular
titular escolar polar secular
`
  .trim()
  .split(/\s+/);

/** Titles and roles written before a name (`presidente`, `Minister`): not part of the name they precede. */
export const titles: readonly string[] = `
sr sra senhor senhora dom dona presidente ministro ministra secretário secretária senador senadora deputado deputada prefeito prefeita governador governadora rei rainha príncipe princesa papa cardeal coronel capitão comandante chanceler juiz juíza doutor doutora embaixador
`
  .trim()
  .split(/\s+/);

/** Words that never start or end a keyphrase although they are not function words. */
export const extraStopwords: readonly string[] = `
a ao aos aquela aquelas aquele aqueles aquilo as até com como da das de dela delas dele deles depois do
dos e ela elas ele eles em entre era eram essa essas esse esses esta estas este estes eu foi foram há
isso isto já lhe lhes mais mas me mesmo meu minha muito na nas nem no nos nossa nosso num numa o os ou
para pela pelas pelo pelos por qual quando que quem se sem ser seu seus só sua suas também te tem têm
um uma você vocês ainda agora ali antes assim cada depois durante embora então hoje ontem amanhã
sempre nunca porém segundo sobre todos todas toda todo fica ficam continua continuam parece parecem diz dizem afirma explica indica acrescenta anuncia
confirma considera acredita leva levam
disse afirmou explicou declarou anunciou
pode podem poderia deve devem fazer faz fez ter ser estar está estão estava sido tendo
dois duas três quatro cinco seis sete oito nove dez cem mil
janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo
`
  .trim()
  .split(/\s+/);

/**
 * Common nouns so general that they rarely name what a text is about (`ano`, `parte`, `vez`): they
 * may stand in a keyphrase, but alone they are weighed down.
 */
export const genericWords: readonly string[] = `
ano anos dia dias semana semanas mês meses hora horas tempo parte partes vez vezes forma maneira coisa
coisas pessoa pessoas gente número caso casos ponto momento tipo nível mundo problema questão
situação milhões euros reais dólares último última últimos novo nova novos novas grande grandes
primeiro primeira
`
  .trim()
  .split(/\s+/);
