/** cli-table3 borders with box-drawing joints, for every terminal table. */
export const TABLE_CHARS = { 'top-mid': '┬', 'bottom-mid': '┴', 'left-mid': '├', 'mid-mid': '┼', 'right-mid': '┤', mid: '─' } as const;
