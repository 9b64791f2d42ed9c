export const COMPARE_FORMATS = ['terminal', 'markdown', 'json', 'html'] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];
