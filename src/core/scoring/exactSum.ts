// A sum of floating-point numbers that does not depend on their order: Shewchuk's exact partials
// (as in Python's math.fsum). Respondents' own section scores are summed this way, so that two
// tallies merge exactly and the order in which files or threads arrive changes no figure.

/** Non-overlapping partials whose exact sum is the sum of everything added. */
export type Partials = number[];

export function addExact(partials: Partials, x: number): void {
  let i = 0;
  for (let j = 0; j < partials.length; j++) {
    let y = partials[j]!;
    if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) partials[i++] = lo;
    x = hi;
  }
  partials.length = i;
  partials.push(x);
}

export function mergeExact(into: Partials, from: Partials): void {
  for (const x of from) addExact(into, x);
}

/** The correctly rounded value of the exact sum. */
export function exactValue(partials: Partials): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n]!;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half-even across the remaining partials, as fsum does.
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}
