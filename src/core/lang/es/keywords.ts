/**
 * Spanish word lists for keyphrase extraction, lower-case. They complement the function words of
 * the language data: a keyphrase names a thing, so common verbs, adverbs and time words cannot
 * start or end one.
 */

/** Prepositions that may stand inside a keyphrase between two content words (`ministro de economía`). */
export const connectors: readonly string[] = ['de', 'del'];

/** Articles that may follow a connector inside a keyphrase (`Banco de la Nación`). */
export const articles: readonly string[] = ['la', 'los', 'las'];

/** Particles inside proper names, between two capitalised words (`Ortega y Gasset`). */
export const nameParticles: readonly string[] = ['de', 'del', 'da', 'van', 'von'];

/** Endings of adverbs (in words of 6+ letters): such words never start or end a keyphrase. */
export const adverbSuffixes: readonly string[] = ['mente'];

/** Words that never start or end a keyphrase although they are not function words. */
export const extraStopwords: readonly string[] = `
a al algo algunas algunos ante antes aquel aquella aquellas aquellos aquí así aun aunque bajo bien cada
casi como con contra cual cuales cuando cuanto de del desde donde dos durante e el ella ellas ellos en
entre era eran es esa esas ese eso esos esta estaba estaban estado estados están estar este esto estos
fue fueron ha había habían han hasta hay hoy la las le les lo los más me mi mientras muy nada ni no nos
nosotros o otra otras otro otros para pero poco por porque primero pues que qué quien quienes se sea
según ser si sí sido siempre sin sino sobre solo sólo son su sus también tan tanto te tiene tienen todo
todos tras tu un una uno unos usted ya yo ayer mañana además ahora allí después entonces incluso luego
mismo misma mismos mismas nunca tampoco todavía dijo afirmó explicó señaló indicó aseguró añadió anunció
declaró puede pueden podría podrían debe deben hace hacer hizo tener dar va van ir
dos tres cuatro cinco seis siete ocho nueve diez cien mil
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
lunes martes miércoles jueves viernes sábado domingo
`
  .trim()
  .split(/\s+/);

/**
 * Common nouns so general that they rarely name what a text is about (`año`, `parte`, `vez`): they
 * may stand in a keyphrase, but alone they are weighed down.
 */
export const genericWords: readonly string[] = `
año años día días semana semanas mes meses hora horas tiempo parte partes vez veces forma manera cosa
cosas persona personas gente número caso casos punto momento tipo nivel mundo problema cuestión
situación millones euros dólares último última últimos nuevo nueva nuevos nuevas gran grande grandes
primer primera
`
  .trim()
  .split(/\s+/);
