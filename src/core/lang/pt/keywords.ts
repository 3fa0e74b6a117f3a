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

/** Words that never start or end a keyphrase although they are not function words. */
export const extraStopwords: readonly string[] = `
a ao aos aquela aquelas aquele aqueles aquilo as até com como da das de dela delas dele deles depois do
dos e ela elas ele eles em entre era eram essa essas esse esses esta estas este estes eu foi foram há
isso isto já lhe lhes mais mas me mesmo meu minha muito na nas nem no nos nossa nosso num numa o os ou
para pela pelas pelo pelos por qual quando que quem se sem ser seu seus só sua suas também te tem têm
um uma você vocês ainda agora ali antes assim cada depois durante embora então hoje ontem amanhã
sempre nunca porém segundo sobre todos todas toda todo disse afirmou explicou declarou anunciou
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
