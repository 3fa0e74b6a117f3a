/**
 * Italian reporting verbs, expanded to the forms news text uses around a quotation: past participle
 * (`ha detto`), present (`dice`, `dicono`), simple past (`disse`), imperfect (`diceva`), future
 * (`dirà`), gerund (`dicendo`) and infinitive (`è tornato a parlare`). Regular verbs are listed by
 * stem and conjugation; irregular ones with their own forms.
 */

/** The words of a space-separated list (keeps long word lists compact). */
function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** Forms of a regular `-are` verb from its stem (`dichiar` → `dichiara`, `dichiarato`, …). */
function are(stem: string): string[] {
  const h = /[cg]$/.test(stem) ? 'h' : '';
  const s = stem.endsWith('i') ? stem.slice(0, -1) : stem;
  return [
    `${stem}a`,
    `${stem}ano`,
    `${stem}ato`,
    `${stem}ata`,
    `${stem}ati`,
    `${stem}ate`,
    `${stem}ando`,
    `${stem}ò`,
    `${stem}ava`,
    `${stem}avano`,
    `${stem}arono`,
    `${stem}are`,
    `${s}${h}erà`,
    `${s}${h}eranno`,
    `${s}${h}erebbe`,
  ];
}

/** Forms of a regular `-ire` verb that inserts `-isc-` (`chiar` → `chiarisce`, `chiarito`, …). */
function isc(stem: string): string[] {
  return [
    `${stem}isce`,
    `${stem}iscono`,
    `${stem}ito`,
    `${stem}ita`,
    `${stem}iti`,
    `${stem}ite`,
    `${stem}endo`,
    `${stem}ì`,
    `${stem}iva`,
    `${stem}ivano`,
    `${stem}irono`,
    `${stem}ire`,
    `${stem}irà`,
  ];
}

/** Regular `-are` reporting verbs, by stem. */
const ARE = words(
  'afferm dichiar spieg sottoline comment annunci raccont ricord osserv rilev rimarc precis specific ' +
    'puntualizz evidenzi chios replic attacc accus denunci confess confid rivel svel esclam grid url ' +
    'sussurr tuon incalz assicur conferm neg minacci esort auspic lament sbott annot not argoment continu ' +
    'domand parl segnal sintetizz enfatizz avvis sentenzi ironizz polemizz testimoni raccomand rassicur ' +
    'rincar stigmatizz bacchett anticip invit sollecit comunic scherz esult illustr rivendic augur mormor ' +
    'obiett contest inform invoc implor rilanc',
);

/** Regular `-ire` reporting verbs with `-isc-`, by stem. */
const ISC = ['ribad', 'chiar', 'esord', 'ammon', 'garant', 'sment', 'scand', 'sugger', 'rifer'];

/** Irregular reporting verbs, every form listed. */
const IRREGULAR = [
  // dire
  ...words(
    'dice dicono detto detta detti dette disse dissero diceva dicevano dicendo dire dirà diranno direbbe dica',
  ),
  // aggiungere
  ...words('aggiunge aggiungono aggiunto aggiunta aggiunse aggiunsero aggiungeva aggiungendo aggiungere'),
  // rispondere
  ...words('risponde rispondono risposto rispose risposero rispondeva rispondendo rispondere'),
  // scrivere
  ...words('scrive scrivono scritto scritta scrisse scrissero scriveva scrivendo scrivere'),
  // sostenere
  ...words('sostiene sostengono sostenuto sostenne sostenevano sosteneva sostenendo'),
  // proseguire, avvertire
  ...words(
    'prosegue proseguono proseguito proseguì proseguiva proseguendo avverte avvertono avvertito avvertì avvertiva avvertendo',
  ),
  // concludere, ammettere, promettere, ripetere, insistere, chiedere
  ...words(
    'conclude concludono concluso concluse concludeva concludendo ammette ammettono ammesso ammise ammetteva ammettendo promette promettono promesso promise prometteva promettendo ripete ripetono ripetuto ripeté ripeteva ripetendo insiste insistono insistito insistette insisteva insistendo chiede chiedono chiesto chiese chiesero chiedeva chiedendo',
  ),
  // intervenire, proporre, riconoscere, ribattere, premettere, esprimere
  ...words(
    'interviene intervenuto intervenuta intervenne intervenendo propone proposto propose proponendo riconosce riconosciuto riconobbe riconoscendo ribatte ribattono ribattuto ribatté ribatteva ribattendo premette premesso premise premettendo ammette esprime espresso espresse',
  ),
];

/** Every Italian speech-verb form. */
export const speechVerbs: readonly string[] = [...ARE.flatMap(are), ...ISC.flatMap(isc), ...IRREGULAR];

/** Forms that quote written documents: laws, resolutions, reports. */
export const documentVerbs: readonly string[] = [
  ...['stabilisce', 'stabiliscono', 'stabilito', 'stabiliva'],
  ...['prevede', 'prevedono', 'previsto', 'prevedeva'],
  ...['recita', 'recitano', 'recitava'],
  ...['proibisce', 'proibiscono', 'proibito', 'proibiva'],
  ...['vieta', 'vietano', 'vietato', 'vietava'],
  ...['dispone', 'dispongono', 'disposto', 'disponeva'],
  ...['sancisce', 'sanciscono', 'sancito', 'sanciva'],
  ...['impone', 'impongono', 'imposto', 'imponeva'],
  ...['legge', 'leggono', 'cita', 'citano', 'citato'],
];

/** Forms that quote a post on a social network. */
export const postVerbs: readonly string[] = [
  ...are('twitt'),
  ...are('post'),
  ...are('cinguett'),
  ...['pubblicato', 'pubblicando', 'condiviso', 'condivide'],
];

/** Forms that introduce a short quoted label given by the subject (`ha definito «impressionante»`). */
export const labelVerbs: readonly string[] = [
  ...isc('defin'),
  ...are('boll'),
  ...are('etichett'),
  ...are('qualific'),
  ...['parlato', 'parla', 'parlando', 'parlano'],
];

/** Forms that name a secondary source rather than a speaker (`come riferito dall’Ansa`). */
export const sourceVerbs: readonly string[] = [
  ...['riferito', 'riferisce', 'riferiscono', 'riferiva', 'riportato', 'riporta', 'riportano', 'riportava'],
  ...['scrive', 'scrivono', 'scritto', 'pubblicato', 'reso noto', 'apprende', 'appreso'],
];
