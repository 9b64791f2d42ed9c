// Questionnaire ids for new files: which ids can be used, and the id a title suggests.
import { KEBAB_CASE } from '../checks/questionnaireRules.js';
import { slug } from './answersYaml.js';

const MAX_ID = 80;

/**
 * Why an id cannot be a questionnaire id, or undefined when it can. The message quotes the id as
 * given: whoever shows it sanitises it, as with findings.
 */
export function idProblem(id: string): string | undefined {
  if (!id) return 'the id is empty';
  if (id.length > MAX_ID) return `the id is longer than ${MAX_ID} characters`;
  if (!KEBAB_CASE.test(id)) return `"${id}" is not lowercase kebab-case (letters, digits and single dashes, like "team-health")`;
  return undefined;
}

/** The id a title suggests: "Team Health!" → "team-health". */
export function idFromTitle(title: string): string {
  return slug(title).replace(/-+$/, '');
}
