// The `--format` choices of `icare report`: the keys of its renderer registry.
export const REPORT_FORMATS = ['terminal', 'markdown', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
