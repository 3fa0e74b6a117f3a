/**
 * Portuguese words for people in entity extraction: titles and roles that tie a description to a name
 * (`o presidente Luiz Inácio Lula da Silva`), the prepositions that put a name in a place (`em Lisboa`),
 * and the words that qualify a title before it (`o ex-ministro`, `o novo presidente`). Lower-case.
 */

/** Titles, offices, professions and kinship words that describe a person named next to them. */
export const titles: readonly string[] = [
  ...['presidente', 'presidenta', 'vice-presidente', 'ex-presidente', 'ministro', 'ministra', 'chanceler'],
  ...['líder', 'chefe', 'ditador', 'porta-voz', 'secretário', 'secretária', 'prefeito', 'prefeita'],
  ...['autarca', 'governador', 'governadora', 'senador', 'senadora', 'deputado', 'deputada', 'embaixador'],
  ...['embaixadora', 'general', 'coronel', 'comandante', 'almirante', 'capitão', 'papa', 'rei', 'rainha'],
  ...['príncipe', 'princesa', 'cardeal', 'bispo', 'arcebispo', 'juiz', 'juíza', 'procurador', 'advogado'],
  ...['advogada', 'professor', 'professora', 'doutor', 'doutora', 'treinador', 'técnico', 'jogador'],
  ...['jogadora', 'piloto', 'campeão', 'campeã', 'escritor', 'escritora', 'autor', 'autora', 'diretor'],
  ...['diretora', 'ator', 'atriz', 'cantor', 'cantora', 'jornalista', 'fundador', 'fundadora'],
  ...['economista', 'analista', 'especialista', 'pesquisador', 'pesquisadora', 'ativista', 'irmão', 'irmã'],
  ...['esposa', 'marido', 'filho', 'filha', 'mãe', 'pai', 'senhor', 'senhora', 'sr', 'sra', 'dom', 'dona'],
  ...['comissário', 'comissária', 'candidato', 'candidata', 'emir', 'xeque'],
];

/** Prepositions that, right before a name, put it in a place (`em Lisboa`, `no Brasil`). */
export const placePrepositions: readonly string[] = ['em', 'no', 'na'];

/** Prepositions that put a name in a place (`a Lisboa`) or make it an indirect object. */
export const weakPlacePrepositions: readonly string[] = ['a'];

/** Words Portuguese capitalises by convention that are never names alone: none. */
export const conventionalCapitals: readonly string[] = [];

/** Lower-case words that qualify a title before it (`o novo presidente`). */
export const roleModifiers: readonly string[] = ['ex', 'novo', 'nova', 'futuro', 'futura', 'atual'];
