// Writing answers files: the one place that decides their layout and names.
import jsYaml from 'js-yaml';
import { yamlLibrary } from '../yaml/yamlLibrary.js';
import type { AnswerEntryFile, AnswersFile, AnswerValue } from '../model/model.js';

/** Serialises an answers file with the schema modeline; keys in the schema's order. */
export function stringifyAnswers(a: AnswersFile): string {
  const ordered: Record<string, unknown> = {
    questionnaire: a.questionnaire,
    ...(a.version !== undefined && { version: a.version }),
    ...(a.organisation !== undefined && { organisation: a.organisation }),
    ...(a.respondent && Object.keys(a.respondent).length > 0 && { respondent: a.respondent }),
    ...(a.date !== undefined && { date: a.date }),
    ...(a.status !== undefined && { status: a.status }),
    answers: a.answers,
  };
  // js-yaml's dump is about 5× faster than yaml's stringify, which matters for bulk imports; the
  // core schema keeps dates and yes/no as the plain strings the answers format reads back.
  return '# icare answers file (format: schema/answers.schema.json in the icare package)\n' + jsYaml.dump(ordered, { lineWidth: -1, schema: jsYaml.CORE_SCHEMA, noCompatMode: true });
}

export function answerEntry(value: AnswerValue, note?: string): AnswerValue | AnswerEntryFile {
  return note !== undefined && note.trim() !== '' ? { value, note: note.trim() } : value;
}

/** "Acme Support!" → "acme-support"; empty when nothing usable is left. */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** `<organisation>-<questionnaire>-<date>[-<who>].yaml`; the caller adds a suffix when it exists. */
export function answersFileName(parts: { organisation?: string; questionnaire: string; date: string; who?: string }): string {
  return [parts.organisation && slug(parts.organisation), parts.questionnaire, parts.date, parts.who && slug(parts.who)].filter((p) => p).join('-') + '.yaml';
}

/**
 * `<organisation>-<questionnaire>-<role>-<suffix>.yaml` for an anonymous respondent: nothing that
 * names them, and a random suffix (given by the caller) instead of the date, so that neither the
 * name nor the order of the files tells who answered when.
 */
export function anonymousFileName(parts: { organisation?: string; questionnaire: string; role?: string; suffix: string }): string {
  return [parts.organisation && slug(parts.organisation), parts.questionnaire, parts.role && slug(parts.role), parts.suffix].filter((p) => p).join('-') + '.yaml';
}

/** The candidate names for a file that must not replace an existing one: name.yaml, name-2.yaml, … */
export function* numberedNames(name: string): Generator<string> {
  yield name;
  const base = name.replace(/\.yaml$/, '');
  for (let i = 2; ; i++) yield `${base}-${i}.yaml`;
}

/**
 * The answers file `original` (as a person may have edited it, comments and all) with `a`'s status
 * and answers: unchanged entries keep their text and comments, changed ones (blanks filled in
 * too) their place, new ones are added at the end.
 */
export function updateAnswersText(original: string, a: AnswersFile): string {
  const { isMap, isScalar, parseDocument } = yamlLibrary();
  const doc = parseDocument(original, { schema: 'core' });
  const answers = doc.get('answers', true);
  if (doc.errors.length > 0 || !isMap(answers)) return stringifyAnswers(a);
  if (a.status !== undefined) doc.set('status', a.status);
  for (const pair of [...answers.items]) {
    const id = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    // A question left blank to fill in (see `icare show --format answers`) keeps its place and comments.
    const blank = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
    if (!Object.hasOwn(a.answers, id) && !blank) answers.delete(pair.key);
  }
  for (const [id, entry] of Object.entries(a.answers)) {
    const before: unknown = (answers.get(id, true) as { toJSON?: () => unknown } | undefined)?.toJSON?.();
    if (JSON.stringify(before) !== JSON.stringify(entry)) answers.set(id, doc.createNode(entry));
  }
  return doc.toString({ lineWidth: 0 });
}
