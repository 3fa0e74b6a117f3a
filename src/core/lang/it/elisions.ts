/**
 * Italian elided forms that end in an apostrophe and attach to the next word (`dell’Ucraina`,
 * `c'erano`, `quest'anno`, `trent'anni`). Lower-case, without the apostrophe. Universal Dependencies
 * keeps the apostrophe on the left token, and so does sunto. Forms ending in a vowel are not here:
 * an apostrophe after a vowel is an accent (`po'`, `perche'`).
 */
export const elisions: readonly string[] = `
  l gl un dell dall nell sull all coll pell degl dagl negl sugl agl dev c m t s v n d ch
  quest quell cotest codest bell buon sant grand nessun alcun ciascun qualcun ognun tutt tal qual mezz
  altr nostr vostr tropp poc molt cert com dov quand anch nient senz fin lungh ov mentr perch pover sott
  sopr contr fuor dopp quant cos tant pers vent trent quarant cinquant sessant settant ottant novant cent
`
  .trim()
  .split(/\s+/);
