/** Typed in a text question's box to go back instead of answering. */
export const TEXT_BACK = '<';

/**
 * Typed alone to remove an earlier text answer or note. Clearing a prefilled box is not enough:
 * inquirer's input falls back to its default when the box is left empty.
 */
export const REMOVE = '-';
