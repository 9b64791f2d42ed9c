import type { Context } from '../context.js';
import { fail } from './shared.js';

export async function importCsv(_opts: unknown, ctx: Context): Promise<number> {
  return fail(ctx, 'import is not built yet');
}
