// The `--format` choices of `icare list`: the keys of its renderer registry.
export const LIST_FORMATS = ['table', 'json'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
