import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { gapColour } from '../../../src/render/text/gapColour.js';

const chalk = new Chalk({ level: 1 });

describe('gapColour', () => {
  it('is green on target, yellow close, red far and dim when not assessed', () => {
    expect(gapColour(chalk, -1)('x')).toBe(chalk.green('x'));
    expect(gapColour(chalk, 0)('x')).toBe(chalk.green('x'));
    expect(gapColour(chalk, 9.9)('x')).toBe(chalk.yellow('x'));
    expect(gapColour(chalk, 10)('x')).toBe(chalk.red('x'));
    expect(gapColour(chalk, null)('x')).toBe(chalk.dim('x'));
  });

  it('adds nothing without colour', () => {
    expect(gapColour(new Chalk({ level: 0 }), 30)('x')).toBe('x');
  });
});
