import type { Context } from '../context.js';
import { fail } from './shared.js';

export async function compare(_opts: unknown, ctx: Context): Promise<number> {
  return fail(ctx, 'compare is not built yet');
}
