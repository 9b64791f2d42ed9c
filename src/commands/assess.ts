import type { Context } from '../context.js';
import { fail } from './shared.js';

export async function assess(_opts: unknown, ctx: Context): Promise<number> {
  return fail(ctx, 'assess is not built yet');
}
