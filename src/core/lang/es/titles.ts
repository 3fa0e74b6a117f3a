/**
 * Spanish words for people in entity extraction: titles and roles that tie a description to a name
 * (`el presidente Pedro Sánchez`), the prepositions that put a name in a place (`en Madrid`), and the
 * words that qualify a title before it (`el expresidente`, `el nuevo ministro`). Lower-case.
 */

/** Titles, offices, professions and kinship words that describe a person named next to them. */
export const titles: readonly string[] = [
  ...['presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'expresidente', 'ministro', 'ministra'],
  ...['canciller', 'líder', 'jefe', 'jefa', 'dictador', 'portavoz', 'secretario', 'secretaria', 'alcalde'],
  ...['alcaldesa', 'gobernador', 'gobernadora', 'senador', 'senadora', 'diputado', 'diputada', 'embajador'],
  ...['embajadora', 'general', 'coronel', 'comandante', 'almirante', 'capitán', 'papa', 'rey', 'reina'],
  ...['príncipe', 'princesa', 'cardenal', 'obispo', 'arzobispo', 'juez', 'jueza', 'fiscal', 'abogado'],
  ...['abogada', 'profesor', 'profesora', 'doctor', 'doctora', 'entrenador', 'seleccionador', 'jugador'],
  ...['jugadora', 'piloto', 'campeón', 'campeona', 'escritor', 'escritora', 'autor', 'autora', 'director'],
  ...['directora', 'actor', 'actriz', 'cantante', 'periodista', 'fundador', 'fundadora', 'economista'],
  ...['analista', 'experto', 'experta', 'investigador', 'investigadora', 'activista', 'hermano', 'hermana'],
  ...['esposa', 'marido', 'hijo', 'hija', 'madre', 'padre', 'señor', 'señora', 'sr', 'sra', 'don', 'doña'],
  ...['comisario', 'comisaria', 'candidato', 'candidata', 'consejero', 'consejera', 'emir', 'jeque'],
];

/** Prepositions that, right before a name, put it in a place (`en Madrid`). */
export const placePrepositions: readonly string[] = ['en'];

/** Prepositions that put a name in a place (`a Madrid`) or make it an indirect object (`dijo a Sánchez`). */
export const weakPlacePrepositions: readonly string[] = ['a'];

/** Words Spanish capitalises by convention that are never names alone: none (weekdays are lower case). */
export const conventionalCapitals: readonly string[] = [];

/** Lower-case words that qualify a title before it (`el nuevo ministro`). */
export const roleModifiers: readonly string[] = ['ex', 'nuevo', 'nueva', 'futuro', 'futura', 'actual'];
