/**
 * English abbreviations written with a final period, lower-case and without that period.
 * Titles and reference words precede a name or a number and never end a sentence.
 */
export const titles: readonly string[] = `
mr mrs ms messrs mmes dr prof rev revd hon fr st mt ft gen lt col maj capt cmdr cdr adm sgt cpl pvt brig
gov sen rep pres supt insp det amb atty esq lieut
nr vol vols pp p ch chap fig figs eq eqs ref refs ed eds op cf viz vs v e.g i.e approx ca
tel ext div est
jan feb mar apr jun jul aug sep sept oct nov dec
`
  .trim()
  .split(/\s+/);

/** Abbreviations that may close a sentence when the next word is capitalised. */
export const common: readonly string[] = `
etc al no nos inc ltd co corp bros llc plc jr sr snr jnr ave blvd rd sq hwy pl
u.s u.k u.n u.s.a e.u a.m p.m ph.d b.a m.a b.sc m.sc d.c l.a n.y
govt dept misc min max mins hrs secs yrs
`
  .trim()
  .split(/\s+/);
