/**
 * Portuguese elided forms that end in an apostrophe and attach to the next word: only the rare
 * literary and fixed ones (`d’Oeste`, `copo d’água`, `pau-d’alho`). Lower-case, without the apostrophe.
 */
export const elisions: readonly string[] = ['d'];
