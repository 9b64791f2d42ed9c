import type { Context } from '../context.js';
import { fail } from './shared.js';

export async function show(_opts: unknown, ctx: Context): Promise<number> {
  return fail(ctx, 'show is not built yet');
}
