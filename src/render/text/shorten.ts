/** Cuts text to `width` code points, ending with an ellipsis when something was cut. */
export function shorten(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return width <= 1 ? '…'.slice(0, width) : chars.slice(0, width - 1).join('').trimEnd() + '…';
}
