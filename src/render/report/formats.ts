// The `--format` choices of `icare report`: the keys of its renderer registry.
export const REPORT_FORMATS = ['terminal', 'markdown', 'json', 'html', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
