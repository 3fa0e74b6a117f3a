/**
 * German abbreviations written with a final period, lower-case and without that period.
 * Titles and reference words precede a name or a number and never end a sentence.
 */
export const titles: readonly string[] = `
hr hrn fr frl dr prof dipl dipl.-ing ing mag st bzw vgl z.b d.h z.t u.u i.d.r o.g s.o s.u ggf evtl inkl exkl
zzgl abzgl ca gem lt
nr abs bd s ziff kap abb tab tel str
jan feb apr jun jul aug sept okt nov dez
`
  .trim()
  .split(/\s+/);

/** Abbreviations that may close a sentence when the next word is capitalised. */
export const common: readonly string[] = `
usw etc u.a o.ä u.ä e.v jh jhd chr mio mrd min max std
`
  .trim()
  .split(/\s+/);
