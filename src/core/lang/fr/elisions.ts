/**
 * French elided forms that end in an apostrophe and attach to the next word (`l’État`, `qu’il`,
 * `jusqu’à`). Lower-case, without the apostrophe. Words with an apostrophe inside (`aujourd’hui`,
 * `quelqu’un`, `presqu’île`, `prud’homme`) are one word, as in the French treebanks, so their first
 * parts are not listed.
 */
export const elisions: readonly string[] = `
l d j m t s c n qu jusqu lorsqu puisqu quoiqu
`
  .trim()
  .split(/\s+/);
