/** What a date range says when there are no dates, and what joins the first and last. */
export interface DateRangeWords {
  readonly none: string;
  readonly to: string;
}

/** The text formats' words: "undated", "2026-05-18 to 2026-11-16". */
const TEXT_WORDS: DateRangeWords = { none: 'undated', to: ' to ' };

/** A round's dates: none, one date, or the first and last. */
export function dateRange(dates: readonly string[], words: DateRangeWords = TEXT_WORDS): string {
  if (dates.length === 0) return words.none;
  return dates.length === 1 ? dates[0]! : `${dates[0]}${words.to}${dates[dates.length - 1]}`;
}
