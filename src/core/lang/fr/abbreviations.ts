/**
 * French abbreviations written with a final period, lower-case and without that period.
 * Titles and reference words precede a name or a number and never end a sentence.
 */
export const titles: readonly string[] = `
m mm mme mmes mlle mlles dr pr me mgr st ste sts stes gal gén col cdt cne lt sgt adj rév
art arts n no nos p pp vol vols chap ch fig éd cf p.ex c.-à-d c.à.d env av bd boul fg pl
janv févr avr juil sept oct nov déc
`
  .trim()
  .split(/\s+/);

/** Abbreviations that may close a sentence when the next word is capitalised. */
export const common: readonly string[] = `
etc cie sté hab min max ex ibid id s.a s.a.s s.a.r.l sarl inc ltd j.-c n.d.l.r ndlr n.d.t ndt
`
  .trim()
  .split(/\s+/);
