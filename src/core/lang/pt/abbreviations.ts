/**
 * Portuguese abbreviations written with a final period, lower-case and without that period.
 * Titles and reference words precede a name or a number and never end a sentence.
 */
export const titles: readonly string[] = `
sr sra srta srs sras dr dra drs dras prof profa eng enga arq gen cel ten cap d dom sto sta s exmo exma ilmo
ilma
art arts n nº n.º p pp pág págs vol vols cap fig ex p.ex cf aprox av r pç
jan fev abr mai jun jul ago set out nov dez
`
  .trim()
  .split(/\s+/);

/** Abbreviations that may close a sentence when the next word is capitalised. */
export const common: readonly string[] = `
etc s.a ltda cia inc ltd a.c d.c a.m p.m e.u.a min máx mín max
`
  .trim()
  .split(/\s+/);
