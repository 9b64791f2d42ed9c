// How headers and cells are compared: loosely, so that what a form tool or a spreadsheet did to
// the text (case, curly quotes, ellipses, spaces, end punctuation, numbering) does not matter.

/**
 * Loose comparison key for headers and cells: Unicode-normalised (… becomes ...), lower case, curly
 * quotes and dashes straightened, runs of whitespace (non-breaking too) folded, and trailing
 * punctuation dropped, so "Our values are…", "our values are..." and "Our values are " agree.
 */
export function looseKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?*]+$/, '');
}

/** Headers may also carry numbering ("3. Text", "Q3: Text") that some tools and authors add. */
export function headerKey(s: string): string {
  return looseKey(s).replace(/^(?:q ?\d+|\d+)[.):] ?/, '');
}
