import type { RespondentDetails } from '../../prompt/asker.js';
import { oneLine } from '../../render/text/sanitize.js';
import { UserError } from '../../shell/userError.js';

/** The respondent details given as flags, cleaned; an empty --name or --role means "none", and is not asked for. */
export function detailsFromFlags(opts: { readonly organisation?: string; readonly name?: string; readonly role?: string }): Partial<RespondentDetails> {
  const clean = (v: string | undefined): string | undefined => (v === undefined ? undefined : oneLine(v).trim());
  const organisation = clean(opts.organisation);
  if (organisation === '') throw new UserError('--organisation must not be empty');
  const name = clean(opts.name);
  const role = clean(opts.role);
  return { ...(organisation !== undefined && { organisation }), ...(name !== undefined && { name }), ...(role !== undefined && { role }) };
}
