import { input } from '@inquirer/prompts';
import { oneLine } from '../../render/text/sanitize.js';
import { CANCEL, QUIT } from './promptRunner.js';
import type { Terminal } from './terminal.js';
import { REMOVE } from './textKeys.js';

/** Adds, edits or removes the note on a question; Esc leaves it as it was. */
export async function askNote(t: Terminal, note: string | undefined): Promise<{ readonly note: string | undefined } | typeof QUIT> {
  const typed = await t.prompts.ask(
    (ctx) =>
      input(
        {
          message: note ? `Note (Enter keeps it, ${REMOVE} removes it, Esc cancels)` : 'Note (Esc cancels)',
          ...(note && { default: note, prefill: 'editable' as const }),
          validate: (v) => (v.length > 10000 ? 'Please keep it under 10,000 characters' : true),
          theme: t.theme,
        },
        ctx,
      ),
    CANCEL,
  );
  if (typed === QUIT) return QUIT;
  if (typed === CANCEL) return { note };
  const text = oneLine(typed).trim();
  const changed = text === '' || text === REMOVE ? undefined : text;
  if (changed) t.showNote(changed);
  else t.say(t.chalk.dim('  No note.'));
  return { note: changed };
}
