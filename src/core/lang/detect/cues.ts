/**
 * Letter evidence for language detection: characters and letter sequences that are frequent in one
 * language and rare in the others it is confused with (`ã` and `-ção` for Portuguese, `ñ` and
 * `-ción` for Spanish, `-zione` and `gli` for Italian). Function words are the main evidence; these
 * cues decide short texts and headlines, where function words are few, and the Italian, Spanish and
 * Portuguese triangle, whose function words overlap.
 *
 * Weights are in the unit of one function word found in one language only: a cue of weight 1 counts
 * as much as such a word. They were set from how often each sequence occurs in running text of each
 * language (a cue common in two languages gets a weight in both or none), then checked on the
 * measurement texts described in `detect.ts`, where they cut the errors from 422 to 163.
 */

/** Cues of one language, as [weight, space-separated cues] groups. */
export interface LanguageCues {
  /** Single characters counted anywhere in the text, punctuation included (`ñ`, `¿`, `ß`). */
  chars: ReadonlyArray<readonly [number, string]>;
  /** Word endings, counted on words longer than the ending (`-zione`, `-ção`, `-ung`). */
  suffixes: ReadonlyArray<readonly [number, string]>;
  /** Word beginnings, counted on words longer than the beginning (`wh-`, `ll-`). */
  prefixes: ReadonlyArray<readonly [number, string]>;
  /** Letter sequences counted anywhere inside a word, each occurrence once (`gli`, `nh`, `sch`). */
  infixes: ReadonlyArray<readonly [number, string]>;
}

/** Letter cues of each language sunto detects, by ISO 639-1 code. */
export const CUES: Readonly<Record<string, LanguageCues>> = {
  it: {
    chars: [
      [1, 'ì ò'],
      [0.4, 'è ù'],
      [0.3, 'à'],
    ],
    suffixes: [
      [1.5, 'zione zioni'],
      [1, 'ità ché ggio ggia ggi cchio cchia cchi zzo zza zzi zze'],
      [0.6, 'ione ioni ato ati ata ito iti uto uti eva evano ava avano ebbe'],
      [0.4, 'che'],
      [0.3, 'i'],
    ],
    prefixes: [],
    infixes: [
      [1, 'gli zz cch ggi cci'],
      [0.4, 'gn zio'],
      [0.3, 'tt'],
    ],
  },
  es: {
    chars: [
      [2, 'ñ ¿ ¡'],
      [0.3, 'á í ó ú'],
    ],
    suffixes: [
      [1.5, 'ción ciones sión siones'],
      [1, 'dad dades aron ieron ió ía ían ías aba aban iendo ó'],
      [0.8, 'ón iembre cho'],
      [0.3, 'ado ados ada adas ido idos ida idas os oy uy'],
      [0.2, 'as'],
    ],
    prefixes: [[1.5, 'll']],
    infixes: [[1, 'nue pue fue bue mue ued uev iem']],
  },
  pt: {
    chars: [
      [2, 'ã õ'],
      [0.5, 'ç'],
      [0.4, 'ê â ô'],
      [0.3, 'á í ó ú'],
      [0.2, 'à é'],
    ],
    suffixes: [
      [1.5, 'agem agens'],
      [1, 'eiro eira eiros eiras dade dades'],
      [0.8, 'vel veis'],
      [0.6, 'ens'],
      [0.6, 'ou'],
      [0.4, 'am eu'],
      [0.3, 'ado ados ada adas ido idos ida idas os em'],
      [0.2, 'as'],
    ],
    prefixes: [],
    infixes: [[1.5, 'nh lh']],
  },
  fr: {
    chars: [
      [2, 'œ'],
      [1, 'î û ï ë'],
      [0.5, 'ç'],
      [0.4, 'ê â ô è é'],
      [0.3, 'à ù'],
    ],
    suffixes: [
      [1, 'aux eux euse euses eur eurs ée ées ait aient oir ière ières'],
      [0.6, 'ais ez ille illes ient'],
      [0.5, 'ique iques'],
      [0.3, 'x'],
      [0.2, 'tion tions'],
    ],
    prefixes: [],
    infixes: [
      [1.5, 'eau'],
      [0.8, 'ieu oeu œu'],
    ],
  },
  de: {
    chars: [
      [2, 'ß'],
      [1, 'ä ö ü'],
      [0.3, 'w'],
      [0.2, 'k'],
    ],
    suffixes: [
      [1.5, 'ung ungen keit heit schaft'],
      [1, 'lich liche lichen isch ische chen'],
      [0.5, 'ig'],
      [0.3, 'en'],
    ],
    prefixes: [[0.8, 'aus auf zw']],
    infixes: [
      [1.5, 'sch cht'],
      [1, 'tz pf'],
      [0.5, 'ck'],
      [0.3, 'ei'],
    ],
  },
  en: {
    chars: [
      [0.3, 'w'],
      [0.2, 'k'],
    ],
    suffixes: [
      [1, 'ing ings ly ness ful ship ould'],
      [0.8, 'ious'],
      [0.5, 'ed'],
      [0.4, 'y'],
      [0.2, 'tion tions'],
    ],
    prefixes: [[1, 'wh']],
    infixes: [
      [1, 'th ght'],
      [0.8, 'sh'],
      [0.5, 'ee oo ow ew ck'],
      [0.4, 'aw'],
      [0.3, 'ea'],
    ],
  },
};
