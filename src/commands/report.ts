import type { Context } from '../context.js';
import { fail } from './shared.js';

export async function report(_opts: unknown, ctx: Context): Promise<number> {
  return fail(ctx, 'report is not built yet');
}
