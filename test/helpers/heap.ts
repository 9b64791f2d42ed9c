// Heap in use after a full collection, for tests that a long run keeps no more than it should.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export function heapAfterGc(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/** A comment line of about `chars` characters: bulk that a YAML text's values are sliced from. */
export const paddingComment = (chars: number): string => `# ${'padding '.repeat(Math.ceil(chars / 8))}`;
