/**
 * German words for people in entity extraction: titles and roles that tie a description to a name
 * (`Bundeskanzler Olaf Scholz`, `der französische Präsident Emmanuel Macron`), the prepositions that
 * put a name in a place (`in Berlin`), and the words that qualify a title before it. Lower-case. German
 * capitalises every noun, so capitals alone say little there: roles and gazetteers carry more weight.
 */

/** Titles, offices, professions and kinship words that describe a person named next to them. */
export const titles: readonly string[] = [
  ...['präsident', 'präsidentin', 'bundespräsident', 'bundeskanzler', 'bundeskanzlerin', 'kanzler'],
  ...['kanzlerin', 'minister', 'ministerin', 'ministerpräsident', 'ministerpräsidentin', 'premierminister'],
  ...['premierministerin', 'regierungschef', 'regierungschefin', 'chef', 'chefin', 'anführer', 'diktator'],
  ...['sprecher', 'sprecherin', 'sekretär', 'sekretärin', 'bürgermeister', 'bürgermeisterin', 'gouverneur'],
  ...['senator', 'senatorin', 'abgeordnete', 'abgeordneter', 'botschafter', 'botschafterin', 'general'],
  ...['oberst', 'kommandeur', 'admiral', 'kapitän', 'papst', 'könig', 'königin', 'prinz', 'prinzessin'],
  ...['kardinal', 'bischof', 'erzbischof', 'richter', 'richterin', 'staatsanwalt', 'staatsanwältin'],
  ...['anwalt', 'anwältin', 'professor', 'professorin', 'prof', 'dr', 'trainer', 'trainerin', 'spieler'],
  ...[
    'spielerin',
    'fahrer',
    'fahrerin',
    'meister',
    'meisterin',
    'autor',
    'autorin',
    'regisseur',
    'regisseurin',
  ],
  ...['schauspieler', 'schauspielerin', 'sänger', 'sängerin', 'journalist', 'journalistin', 'direktor'],
  ...['direktorin', 'gründer', 'gründerin', 'vorsitzende', 'vorsitzender', 'ökonom', 'ökonomin', 'experte'],
  ...['expertin', 'forscher', 'forscherin', 'aktivist', 'aktivistin', 'bruder', 'schwester', 'frau', 'herr'],
  ...['kommissar', 'kommissarin', 'kandidat', 'kandidatin', 'leader', 'emir', 'scheich'],
];

/** German capitalises every noun: a capitalised word alone is a name only with other evidence. */
export const capitalisesNouns = true;

/** Prepositions that, right before a name, put it in a place (`in Berlin`). */
export const placePrepositions: readonly string[] = ['in'];

/** Prepositions that put a name in a place (`nach Berlin`) or not (`an Scholz`). */
export const weakPlacePrepositions: readonly string[] = ['nach', 'aus'];

/** Weekdays and months, capitalised like every German noun and never names alone. */
export const conventionalCapitals: readonly string[] = [
  ...['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar'],
  ...['märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
];

/** Lower-case words that qualify a title before it (`der frühere Kanzler`, `die neue Ministerin`). */
export const roleModifiers: readonly string[] = [
  ...['frühere', 'früherer', 'ehemalige', 'ehemaliger', 'neue', 'neuer', 'amtierende', 'amtierender'],
  ...['französische', 'französischer', 'russische', 'russischer', 'amerikanische', 'amerikanischer'],
];
