/**
 * Given names common in English news: a capitalised name that starts with one is a person (`Joe
 * Biden`, `Vladimir Putin`). Lower-case, space-separated.
 */
const NAMES = `
aaron adam alan albert alex alexander alexandra alexei alice alison amanda amy andrew angela ann anna
anne anthony antony ashley barack barbara ben benjamin beth bill bob boris brian bruce carl carol
caroline catherine charles charlie chris christine christopher claire daniel david deborah dennis diana
dmitry donald donna dorothy douglas ed edward elizabeth ellen elon emily emma emmanuel eric frank gary
george gordon grace greg hannah harold harry helen henry hillary ian jack jacob james jane janet jason
javier jeff jennifer jeremy jessica jim joe john jonathan joseph joshua julia julie justin kamala karen
kate katherine keir kevin kim larry laura liz lisa louise lucy luke margaret maria mark martin mary
matthew megan michael michelle mike mohammed muhammad nancy narendra nicholas nicola nicolas oliver
olaf patrick paul peter philip rachel rebecca richard rishi robert ron ruth ryan sam samuel sarah scott
sergei sergey simon sophie stephen steve steven susan thomas tim timothy tom tony ursula victoria viktor
vladimir volodymyr william xi yulia
`;

export const firstNames: readonly string[] = [...new Set(NAMES.trim().split(/\s+/))];
