/**
 * Spanish abbreviations written with a final period, lower-case and without that period.
 * Titles and reference words precede a name or a number and never end a sentence.
 */
export const titles: readonly string[] = `
sr sra srta sres sras srs dr dra drs dras d dña dª lic lcdo lcda ing arq prof profa gral cnel tte cap
sto sta mons ud uds vd vds excmo excma ilmo ilma
art arts núm n nº n.º p pp pág págs vol vols cap fig ej p.ej p.e cf vid aprox av avda pza c
ene feb abr may jun jul ago sep sept oct nov dic
`
  .trim()
  .split(/\s+/);

/** Abbreviations that may close a sentence when the next word is capitalised. */
export const common: readonly string[] = `
etc s.a s.l s.a.u s.l.u s.a.s inc ltd cía hnos a.c d.c a.m p.m ee.uu vv.aa cc.oo min máx mín max
`
  .trim()
  .split(/\s+/);
