// The `--format` choices of `icare show`: the keys of its renderer registry.
export const SHOW_FORMATS = ['terminal', 'markdown', 'json', 'answers'] as const;
export type ShowFormat = (typeof SHOW_FORMATS)[number];
