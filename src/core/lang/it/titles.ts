/**
 * Italian words for people in entity extraction: titles and roles that tie a description to a name
 * (`il presidente russo Vladimir Putin`, `Hirokazu Matsuno, capo di Gabinetto`), and the prepositions
 * that put a name in a place (`a Roma`, `in Russia`). Lower-case.
 */

/** Titles, offices, professions and kinship words that describe a person named next to them. */
export const titles: readonly string[] = [
  ...['presidente', 'vicepresidente', 'ministro', 'ministra', 'viceministro', 'sottosegretario', 'premier'],
  ...['cancelliere', 'leader', 'dittatore', 'capo', 'portavoce', 'segretario', 'segretaria', 'sindaco'],
  ...['sindaca', 'governatore', 'governatrice', 'senatore', 'senatrice', 'deputato', 'deputata', 'onorevole'],
  ...['ambasciatore', 'ambasciatrice', 'console', 'generale', 'colonnello', 'comandante', 'ammiraglio'],
  ...['capitano', 'papa', 'pontefice', 're', 'regina', 'principe', 'principessa', 'cardinale', 'vescovo'],
  ...['arcivescovo', 'monsignor', 'monsignore', 'don', 'suor', 'giudice', 'magistrato', 'procuratore'],
  ...['procuratrice', 'pm', 'avvocato', 'avvocata', 'professore', 'professoressa', 'prof', 'dottore'],
  ...['dottoressa', 'dott', 'ingegnere', 'ing', 'architetto', 'allenatore', 'tecnico', 'ct', 'attaccante'],
  ...['centrocampista', 'difensore', 'portiere', 'calciatore', 'calciatrice', 'tennista', 'pilota'],
  ...['campione', 'campionessa', 'scrittore', 'scrittrice', 'autore', 'autrice', 'regista', 'attore'],
  ...['attrice', 'cantante', 'giornalista', 'direttore', 'direttrice', 'amministratore', 'fondatore'],
  ...['fondatrice', 'imprenditore', 'imprenditrice', 'economista', 'analista', 'esperto', 'esperta'],
  ...['ricercatore', 'ricercatrice', 'scienziato', 'scienziata', 'medico', 'virologo', 'epidemiologo'],
  ...['zar', 'emiro', 'sceicco', 'sultano', 'ayatollah', 'oppositore', 'oppositrice', 'dissidente'],
  ...['attivista', 'fratello', 'sorella', 'moglie', 'marito', 'figlio', 'figlia', 'madre', 'padre'],
  ...['signor', 'signora', 'sig', 'sig.ra', 'on', 'cav', 'presidentessa', 'commissario', 'commissaria'],
  ...['rappresentante', 'inviato', 'inviata', 'consigliere', 'consigliera', 'assessore', 'assessora'],
  ...['vicesindaco', 'vicepremier', 'questore', 'prefetto', 'parlamentare', 'eurodeputato', 'candidato'],
  ...['candidata', 'erede', 'patron', 'manager', 'ceo', 'ad', 'presidenta', 'capitana'],
];

/** Prepositions that, right before a name, put it in a place (`in Russia`). */
export const placePrepositions: readonly string[] = ['in'];

/** Prepositions that put a name in a place (`a Pechino`) or make it an indirect object (`ha detto a Putin`). */
export const weakPlacePrepositions: readonly string[] = ['a', 'ad'];

/** Common nouns Italian news capitalises for emphasis (`un Paese autosufficiente`): never a name alone. */
export const conventionalCapitals: readonly string[] = ['paese', 'paesi', 'nazione', 'nazioni', 'patria'];

/** Lower-case words that qualify a title before it (`l’ex ministro`, `il neo presidente`). */
export const roleModifiers: readonly string[] = [
  'ex',
  'neo',
  'vice',
  'già',
  'futuro',
  'futura',
  'nuovo',
  'nuova',
];
