import type { Context } from '../context.js';
import { fail } from './shared.js';

export async function list(_opts: unknown, ctx: Context): Promise<number> {
  return fail(ctx, 'list is not built yet');
}
