// The `--format` choices of `icare import` (its summary): the keys of its renderer registry.
export const IMPORT_FORMATS = ['text', 'json'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
