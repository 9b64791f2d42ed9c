import type { ChalkInstance } from 'chalk';
import { gapStatus, type GapStatus } from './format.js';

const PAINT: Readonly<Record<GapStatus, (chalk: ChalkInstance) => ChalkInstance>> = {
  met: (chalk) => chalk.green,
  near: (chalk) => chalk.yellow,
  far: (chalk) => chalk.red,
  none: (chalk) => chalk.dim,
};

/** The terminal colour for a score by its gap to target: green on target, yellow close, red far, dim when not assessed. */
export function gapColour(chalk: ChalkInstance, gap: number | null): ChalkInstance {
  return PAINT[gapStatus(gap)](chalk);
}
