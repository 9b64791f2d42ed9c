import type { ChalkInstance } from 'chalk';
import { hasVerdict, type Verdict } from '../../core/scoring/scoreResult.js';
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

/** Colour by gap only where the figure carries a verdict: without one it is dim, never green. */
export function verdictColour(chalk: ChalkInstance, s: { readonly verdict: Verdict; readonly gap: number | null }): ChalkInstance {
  return hasVerdict(s.verdict) ? gapColour(chalk, s.gap) : chalk.dim;
}
