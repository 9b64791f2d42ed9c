// The `--format` choices of `icare compare`: the keys of its renderer registry.
export const COMPARE_FORMATS = ['terminal', 'markdown', 'json', 'html', 'csv'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
