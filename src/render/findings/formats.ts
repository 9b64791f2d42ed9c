// The `--format` choices of `icare validate`: the keys of its renderer registry.
export const FINDINGS_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type FindingsFormat = (typeof FINDINGS_FORMATS)[number];
