/**
 * Italian abbreviations written with a final period, lower-case and without that period. Plain words
 * that also end sentences (`via`, `ore`, `circa`) are left out on purpose: listing them would stop
 * `è andato via.` from ending its sentence.
 */
const words = (list: string): string[] => list.trim().split(/\s+/);

/** Titles and reference words: they precede a name or a number and never end a sentence. */
export const titles: readonly string[] = words(`
  sig sigg sig.ra sig.na sigra sig.ri dott dott.ssa dr prof prof.ssa avv ing arch geom rag on sen dep gen
  magg cap ten mons don fr mr mrs ms st spett egr gent gent.mo gent.ma ill ill.mo chiar chiar.mo rev card
  pres amm dir s.e on.le cav comm gr.uff art artt n nn nr num p pp pag pagg vol voll capp par fig figg tab
  cfr vd v es p.es lett all rif prot tel fax cell c.a ca tit reg dl d.l d.lgs d.p.r l sez proc cass trib ss
  sgg seg segg ult succ ibid cod dpr dlgs p.za p.zza pza v.le c.so l.go loc fraz prov c.da str s b feb apr
  giu lug sett ott nov dic lun mer gio ven sab mln mld mgl appr c.f p.iva p.i secc vs cf ecc.mo sc
  gr ingl ted spagn ital dial sost agg prep cong pron masch femm sing plur ediz trad
`);

/** Abbreviations that may close a sentence when the next word is capitalised. */
export const common: readonly string[] = words(`
  ecc etc ecc.ecc e.c.c s.p.a s.r.l s.n.c s.a.s s.c s.c.a.r.l a.s.d p.s n.b n.d.r ndr n.d.t ndt n.d.a cit
  i.e e.g a.m p.m u.s.a u.e u.s o.n.u n.a.t.o u.k r.i.p c.v.d f.lli ss.mm.ii ss.mm u.s.l a.s.l a.n.a.s f.s
  p.a cc c.p c.c c.p.p c.p.c t.u g.u jr sr inc ltd corp bros a.c d.c sec
`);
