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

/**
 * Auxiliaries, modals, clitics and subject pronouns (and the adverbs that may follow them): the
 * first content word after a chain of these is a verb (`ha detto`, `is based`), not a keyphrase word.
 */
export const verbMarkers: readonly string[] = [
  'ha',
  'han',
  'he',
  'has',
  'hemos',
  'había',
  'habían',
  'habrá',
  'habría',
  'haya',
  'sido',
  'está',
  'están',
  'estaba',
  'estaban',
  'puede',
  'pueden',
  'podrá',
  'podría',
  'debe',
  'deben',
  'debería',
  'va',
  'van',
  'se',
  'no',
  'ya',
  'nunca',
];

/** Endings of finite verb forms (`aprobó`, `dijeron`, `subirá`): lower-case words with them are stopwords. */
export const verbSuffixes: readonly string[] = [
  'ó',
  'aron',
  'ieron',
  'aban',
  'ará',
  'erá',
  'irá',
  'arán',
  'erán',
  'irán',
];

/**
 * Infinitives: a lower-case word with one of `infinitiveSuffixes` right after one of
 * `infinitivePrepositions` is a verb (`decidió subir`, `para reducir`), unless it ends with one of `nounSuffixes` or is one of
 * the nouns and adjectives in `infinitiveExceptions`.
 */
export const infinitivePrepositions: readonly string[] = ['a', 'de', 'para', 'sin', 'por'];

/** Endings of infinitives (with attached pronouns where the language writes them so). */
export const infinitiveSuffixes: readonly string[] = [
  'ar',
  'er',
  'ir',
  'arse',
  'erse',
  'irse',
  'arlo',
  'erlo',
  'irlo',
  'arla',
  'erla',
  'irla',
];

/** Endings that look like an infinitive's but mostly end nouns. */
export const nounSuffixes: readonly string[] = [];

/** Nouns and adjectives with an infinitive's ending. */
export const infinitiveExceptions: readonly string[] = `
lugar hogar mujer poder deber placer taller collar militar popular nuclear particular altar azar
dólar líder carácter cáncer alquiler bachiller cráter póster súper elixir familiar solar lunar
celular muscular regular singular titular escolar polar secular
`
  .trim()
  .split(/\s+/);

/** Titles and roles written before a name (`presidente`, `Minister`): not part of the name they precede. */
export const titles: readonly string[] = `
sr sra señor señora don doña presidente presidenta ministro ministra secretario secretaria senador senadora diputado diputada alcalde alcaldesa gobernador rey reina príncipe princesa papa cardenal coronel capitán comandante canciller juez jueza doctor doctora embajador
`
  .trim()
  .split(/\s+/);

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
declaró queda quedan sigue siguen parece parecen resulta resultan dice dicen afirma asegura explica
señala indica añade anuncia confirma considera cree creen lleva llevan tiene tienen
puede pueden podría podrían debe deben hace hacer hizo tener dar va van ir
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
