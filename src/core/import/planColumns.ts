// Which column of a header row feeds which question or respondent field: a --map entry first,
// then a question's id or text (loosely, numbered, or as a Google Forms grid row), then a known
// metadata column; anything else is ignored with a note.
import { allQuestions, type AnswerValue, type Question, type Questionnaire } from '../model/model.js';
import { IGNORE, isImportField, type ColumnNote, type ColumnPlan, type ColumnTarget, type ImportField, type NamePart } from './columnPlan.js';
import type { ImportMap } from './importMap.js';
import { headerKey, looseKey } from './looseKey.js';
import { metaColumn } from './metaColumn.js';
import { quoted } from './quoted.js';

/** Google Forms grid questions export one column per row as "Question [Row]". */
const GRID_ROW = /^.*\S\s*\[([^\]]+)\]\s*$/;

const IGNORED: ColumnTarget = { kind: 'ignore' };

export function planColumns(q: Questionnaire, headers: readonly string[], map?: ImportMap): ColumnPlan {
  const questions = allQuestions(q);
  const mapped = mapTargets(questions, map);
  const question = questionFinder(questions);
  const notes: ColumnNote[] = [];
  const firstColumnOf = new Map<string, number>();
  const targets = headers.map((raw, i): ColumnTarget => {
    const h = raw.trim();
    const column = i + 1;
    let target = mapped.target(h) ?? question(h) ?? metaTarget(h);
    if (!target) {
      target = IGNORED;
      notes.push(unmatchedNote(q, raw, column));
    }
    if (target.kind !== 'question') return target;
    const first = firstColumnOf.get(target.question.id);
    if (first === undefined) {
      firstColumnOf.set(target.question.id, column);
      return target;
    }
    notes.push({ column, header: raw, severity: 'error', rule: 'duplicate-column', message: `columns ${first} and ${column} both hold question "${target.question.id}"; mark one "ignore" in a --map file` });
    return IGNORED;
  });
  notes.push(...mapped.missing(), ...coverageNotes(q, questions, firstColumnOf));

  const values = new Map<string, AnswerValue>();
  for (const [k, v] of map?.values ?? []) values.set(looseKey(k), v);
  return {
    questionnaire: q,
    headers,
    targets,
    questions: questionColumns(questions, targets),
    fields: { name: fieldColumns(targets, 'name'), role: fieldColumns(targets, 'role'), organisation: fieldColumns(targets, 'organisation'), date: fieldColumns(targets, 'date'), email: fieldColumns(targets, 'email') },
    nameParts: { first: partColumns(targets, 'first'), last: partColumns(targets, 'last') },
    notes,
    values,
    dates: map?.dates ?? 'month-first',
  };
}

/** The targets a --map file gives headers (exactly, then loosely), and notes for the map's headers no column has. */
function mapTargets(questions: readonly Question[], map: ImportMap | undefined): { target(h: string): ColumnTarget | undefined; missing(): ColumnNote[] } {
  const byId = new Map(questions.map((x) => [x.id, x]));
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const [h, t] of map?.columns ?? []) {
    exact.set(h.trim(), t);
    loose.set(headerKey(h), t);
  }
  const used = new Set<string>();
  return {
    target(h) {
      const mapped = exact.get(h) ?? loose.get(headerKey(h));
      if (mapped === undefined) return undefined;
      used.add(headerKey(h));
      if (mapped === IGNORE) return IGNORED;
      if (isImportField(mapped)) return { kind: 'field', field: mapped, rank: 0 };
      const question = byId.get(mapped);
      // parseImportMap has checked ids already; an unknown one here is a caller's mistake.
      return question ? { kind: 'question', question } : IGNORED;
    },
    missing: () =>
      [...(map?.columns.keys() ?? [])]
        .filter((h) => !used.has(headerKey(h)))
        .map((h) => ({ column: 0, header: h, severity: 'warning', rule: 'map-column-missing', message: `the --map file names column ${quoted(h)}, which is not in the header row` })),
  };
}

/** The question a (trimmed) header names by id or text, exactly or loosely, or as a grid row. */
function questionFinder(questions: readonly Question[]): (h: string) => ColumnTarget | undefined {
  const byId = new Map(questions.map((x) => [x.id, x]));
  const byIdLoose = new Map(questions.map((x) => [x.id.toLowerCase(), x]));
  const byText = new Map(questions.map((x) => [x.text.trim(), x]));
  const byTextLoose = new Map(questions.map((x) => [headerKey(x.text), x]));
  const find = (h: string): Question | undefined => byId.get(h) ?? byText.get(h) ?? byIdLoose.get(h.toLowerCase()) ?? byTextLoose.get(headerKey(h));
  return (h) => {
    if (h === '') return undefined;
    const question = find(h) ?? (GRID_ROW.test(h) ? find((GRID_ROW.exec(h)?.[1] ?? '').trim()) : undefined);
    return question ? { kind: 'question', question } : undefined;
  };
}

function metaTarget(h: string): ColumnTarget | undefined {
  const meta = metaColumn(h);
  if (!meta) return undefined;
  return meta.field ? { kind: 'field', field: meta.field, rank: meta.rank } : meta.part ? { kind: 'name-part', part: meta.part } : IGNORED;
}

function unmatchedNote(q: Questionnaire, raw: string, column: number): ColumnNote {
  const h = raw.trim();
  const message = h === '' ? `column ${column} has no header and is ignored` : `column ${quoted(h)} matches no question of "${q.id}" and is ignored; name it in a --map file to import it`;
  return { column, header: raw, severity: 'warning', rule: 'unmatched-column', message };
}

/** An error when no column holds a question; a warning naming the questions no column holds. */
function coverageNotes(q: Questionnaire, questions: readonly Question[], firstColumnOf: ReadonlyMap<string, number>): ColumnNote[] {
  if (firstColumnOf.size === 0) {
    return [{ column: 0, header: '', severity: 'error', rule: 'no-question-columns', message: `no column matches a question of "${q.id}" by id or text; check --questionnaire or name the columns in a --map file` }];
  }
  const missing = questions.filter((x) => !firstColumnOf.has(x.id)).map((x) => x.id);
  if (missing.length === 0) return [];
  const shown = missing.slice(0, 8).join(', ') + (missing.length > 8 ? `, … (${missing.length - 8} more)` : '');
  const message = `${missing.length} question${missing.length === 1 ? ' has' : 's have'} no column and will be unanswered: ${shown}`;
  return [{ column: 0, header: '', severity: 'warning', rule: 'question-without-column', message }];
}

/** The question columns in the questionnaire's order. */
function questionColumns(questions: readonly Question[], targets: readonly ColumnTarget[]): ColumnPlan['questions'] {
  const order = new Map(questions.map((x, i) => [x.id, i]));
  return targets
    .flatMap((t, column) => (t.kind === 'question' ? [{ question: t.question, column }] : []))
    .sort((a, b) => (order.get(a.question.id) ?? 0) - (order.get(b.question.id) ?? 0));
}

/** The columns feeding `field`, best rank first, then left to right. */
function fieldColumns(targets: readonly ColumnTarget[], field: ImportField): number[] {
  return targets
    .flatMap((t, column) => (t.kind === 'field' && t.field === field ? [{ column, rank: t.rank }] : []))
    .sort((a, b) => a.rank - b.rank || a.column - b.column)
    .map((x) => x.column);
}

/** The columns holding a first or last name, left to right. */
function partColumns(targets: readonly ColumnTarget[], part: NamePart): number[] {
  return targets.flatMap((t, column) => (t.kind === 'name-part' && t.part === part ? [column] : []));
}
