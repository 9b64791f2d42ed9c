import type { Context } from '../context.js';
import { fail } from './shared.js';

export async function init(_opts: unknown, ctx: Context): Promise<number> {
  return fail(ctx, 'init is not built yet');
}
