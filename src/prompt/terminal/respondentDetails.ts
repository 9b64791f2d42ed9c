// The respondent's organisation, name and role, each asked only when not already known.
import { input, select } from '@inquirer/prompts';
import { KNOWN_ROLES } from '../../core/model/model.js';
import { oneLine } from '../../render/text/sanitize.js';
import type { RespondentDetails } from '../asker.js';
import { CANCEL, QUIT } from './promptRunner.js';
import type { Terminal } from './terminal.js';

/** The details, or null when the respondent quit; each ask below gives null for that too. */
export async function respondentDetails(t: Terminal, known: Partial<RespondentDetails>): Promise<RespondentDetails | null> {
  const organisation = known.organisation ?? (await askOrganisation(t));
  if (organisation === null) return null;
  const name = known.name !== undefined ? known.name : await askName(t);
  if (name === null) return null;
  const role = known.role ?? (await askRole(t));
  if (role === null) return null;
  return { organisation, ...(name !== undefined && { name }), ...(role !== undefined && { role }) };
}

async function askOrganisation(t: Terminal): Promise<string | null> {
  const r = await t.prompts.ask((ctx) => input({ message: 'Organisation', validate: (v) => (oneLine(v).trim() ? true : 'Please type the organisation’s name'), theme: t.theme }, ctx));
  if (r === QUIT || r === CANCEL) return null;
  const organisation = oneLine(r).trim();
  t.say(`${t.theme.prefix.done} Organisation: ${organisation}`);
  return organisation;
}

/** The name, undefined when none is given. */
async function askName(t: Terminal): Promise<string | undefined | null> {
  const r = await t.prompts.ask((ctx) => input({ message: 'Your name (optional, Enter to skip)', theme: t.theme }, ctx));
  if (r === QUIT || r === CANCEL) return null;
  const name = oneLine(r).trim() || undefined;
  t.say(`${t.theme.prefix.done} Name: ${name ?? t.chalk.dim('(not given)')}`);
  return name;
}

/** One of the known roles, or any role typed after choosing "other". */
async function askRole(t: Terminal): Promise<string | null> {
  const r = await t.prompts.ask((ctx) =>
    select({ message: 'Your role', choices: [...KNOWN_ROLES.map((k) => ({ value: k as string, name: k })), { value: '', name: 'other (type it)' }], theme: t.theme }, ctx),
  );
  if (r === QUIT || r === CANCEL) return null;
  let role = r;
  if (role === '') {
    const typed = await t.prompts.ask((ctx) => input({ message: 'Your role', validate: (v) => (oneLine(v).trim() ? true : 'Please type your role'), theme: t.theme }, ctx));
    if (typed === QUIT || typed === CANCEL) return null;
    role = oneLine(typed).trim();
  }
  t.say(`${t.theme.prefix.done} Role: ${role}`);
  return role;
}
