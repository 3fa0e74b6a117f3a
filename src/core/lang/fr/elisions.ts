/**
 * French elided forms that end in an apostrophe and attach to the next word (`l’État`, `qu’il`,
 * `jusqu’à`, `aujourd’hui`). Lower-case, without the apostrophe.
 */
export const elisions: readonly string[] = `
l d j m t s c n qu jusqu lorsqu puisqu quoiqu presqu quelqu aujourd entr prud
`
  .trim()
  .split(/\s+/);
