// A list whose entries are picked by typing their key and Enter, or with ↑ ↓ and Enter: inquirer's
// rawlist, but taking only an exact key. rawlist falls back to "the n-th entry" for a number that
// is not a key ("6" on a 1–5 scale picks n/a) and follows its own copy of the typed line, so this
// prompt reads the line from readline itself: Backspace, Ctrl-U, Ctrl-W and the other editing
// keys do to the answer what they do on screen.
import { createPrompt, isDownKey, isEnterKey, isUpKey, makeTheme, Separator, useKeypress, useMemo, usePrefix, useState } from '@inquirer/core';
import type { PromptTheme } from '../promptTheme.js';

export interface KeyChoice<T> {
  readonly value: T;
  readonly key: string;
  readonly name: string;
  /** Shown once chosen; the name by default. */
  readonly short?: string;
}

interface KeyListConfig<T> {
  readonly message: string;
  readonly choices: readonly (KeyChoice<T> | Separator)[];
  /** The value Enter alone picks (the earlier answer). */
  readonly default?: T;
  readonly theme?: PromptTheme;
}

/** What an unknown key, or Enter with nothing typed, is told; the one wording for both. */
function notAKey(typed: string): string {
  return typed === '' ? 'Type one of the keys shown (or use ↑ ↓), then press Enter.' : `"${typed}" is not one of the keys shown; please choose again.`;
}

const isChoice = <T>(c: KeyChoice<T> | Separator): c is KeyChoice<T> => !Separator.isSeparator(c);

export const keyList = createPrompt(<T>(config: KeyListConfig<T>, done: (value: T) => void): [string, string] | string => {
  const choices = useMemo(() => config.choices.filter(isChoice), [config.choices]);
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  // What Enter picks: the typed line, or the key the arrows moved to (or the default's).
  const [value, setValue] = useState<string>(() => choices.find((c) => config.default !== undefined && c.value === config.default)?.key ?? '');
  const [error, setError] = useState<string | undefined>();
  const prefix = usePrefix({ status, theme });
  const chosen = choices.find((c) => c.key === value.trim());

  useKeypress((key, rl) => {
    if (isEnterKey(key)) {
      if (chosen) {
        setValue(chosen.short ?? chosen.name);
        setStatus('done');
        done(chosen.value);
      } else setError(notAKey(value.trim()));
    } else if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      const at = chosen ? choices.indexOf(chosen) : isDownKey(key) ? -1 : 0;
      const next = (at + (isUpKey(key) ? -1 : 1) + choices.length) % choices.length;
      setValue(choices[next]!.key);
      setError(undefined);
    } else {
      setValue(rl.line);
      setError(undefined);
    }
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(value)}`;
  const list = config.choices
    .map((c) => {
      if (!isChoice(c)) return ` ${c.separator}`;
      const line = `  ${c.key}) ${c.name}`;
      return chosen === c ? theme.style.highlight(line) : line;
    })
    .join('\n');
  return [`${prefix} ${message} ${value}`, [list, error ? theme.style.error(error) : ''].filter(Boolean).join('\n')];
});
