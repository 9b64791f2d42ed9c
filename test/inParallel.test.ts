// Worker threads (used for thousands of files) must give exactly what one thread gives.
import { describe, expect, it } from 'vitest';
import { PARALLEL_THRESHOLD, workerCount } from '../src/inParallel.js';
import { runCli } from './helpers/cli.js';

describe('loading on worker threads', () => {
  it('report: same JSON with 3 workers as with one thread', async () => {
    const args = ['report', 'examples/icare', '--format', 'json', '--by', 'role'];
    const one = await runCli(args, { env: { ICARE_WORKERS: '1' } });
    const three = await runCli(args, { env: { ICARE_WORKERS: '3' } });
    expect(one.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
  });

  it('validate: same findings with 2 workers as with one thread, invalid files included', async () => {
    const args = ['validate', 'test/fixtures/validate', 'examples', '--format', 'json'];
    const one = await runCli(args, { env: { ICARE_WORKERS: '1' } });
    const two = await runCli(args, { env: { ICARE_WORKERS: '2' } });
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
  });

  it('a report on worker threads still refuses invalid input', async () => {
    const r = await runCli(['report', 'test/fixtures/answers/answer-out-of-scale.yaml', 'test/fixtures/answers/valid-answers.yaml', '-q', 'test/fixtures/answers/mini.yaml'], { env: { ICARE_WORKERS: '2' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('answer-out-of-scale');
  });

  it('uses one thread for small inputs and at most four otherwise', () => {
    expect(workerCount(PARALLEL_THRESHOLD - 1, undefined)).toBe(1);
    expect(workerCount(PARALLEL_THRESHOLD, undefined)).toBeGreaterThanOrEqual(1);
    expect(workerCount(100_000, undefined)).toBeLessThanOrEqual(4);
    expect(workerCount(10, '3')).toBe(3);
    expect(workerCount(2, '8')).toBe(2);
  });
});
