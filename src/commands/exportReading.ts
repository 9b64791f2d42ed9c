// The options that say how CSV exports among the inputs are read, as report and compare take
// them (and import its --anonymise and --key-file), turned into what loadSamples needs (the key
// file read once, through the shell).
import type { Context } from '../shell/context.js';
import { pseudonymFrom } from '../shell/pseudonym.js';
import { UserError } from '../shell/userError.js';
import type { ExportOptions } from './loadSamples.js';

export interface ExportFlags {
  readonly questionnaire?: string;
  readonly map?: string;
  readonly skipInvalid?: boolean;
  readonly anonymise?: boolean;
  readonly keyFile?: string;
}

export function exportReading(ctx: Context, flags: ExportFlags): ExportOptions {
  const identity = identityReading(flags, ctx.io.cwd);
  return {
    ...(flags.questionnaire !== undefined && { questionnaire: flags.questionnaire }),
    ...(flags.map !== undefined && { map: flags.map }),
    skipInvalid: flags.skipInvalid === true,
    ...identity,
  };
}

/** --anonymise and --key-file (import's and the exports' alike): whether names are left out, and the pseudonym the key gives. */
export function identityReading(flags: Pick<ExportFlags, 'anonymise' | 'keyFile'>, cwd: string): Pick<ExportOptions, 'anonymise' | 'pseudonym'> {
  if (flags.keyFile !== undefined && !flags.anonymise) throw new UserError('--key-file goes with --anonymise (it replaces names by pseudonymous ids)');
  return { anonymise: flags.anonymise === true, ...(flags.keyFile !== undefined && { pseudonym: pseudonymFrom(flags.keyFile, cwd) }) };
}
