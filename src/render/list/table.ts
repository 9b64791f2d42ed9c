// The questionnaire table, sized to the terminal: the id and counts keep their width, the title
// wraps, and the source is cut to one line (it is a citation; `icare show` prints it whole).
import Table from 'cli-table3';
import type { RenderContext } from '../context.js';
import { stackTable } from '../text/fitTable.js';
import { plural } from '../text/plural.js';
import { questionnairesFlags } from '../text/questionnairesFlags.js';
import { oneLine } from '../text/sanitize.js';
import { shorten } from '../text/shorten.js';
import { TABLE_CHARS } from '../text/tableChars.js';
import { wrap } from '../text/wrapText.js';
import type { ListResult } from './result.js';

// Column widths below include cli-table3's one-space padding on each side.
const PAD = 2;
const MIN_TITLE = 12;
const MIN_SOURCE = 10;
/** After the id of a questionnaire used instead of a bundled one; a line below the table says so. */
const REPLACES_MARK = ' *';

export function table({ items, questionnaires }: ListResult, ctx: RenderContext): string {
  const { chalk } = ctx;
  if (items.length === 0) return 'No questionnaires found.\n';
  const rows = items.map((q) => ({
    id: oneLine(q.id) + (q.replacesBundled ? REPLACES_MARK : ''),
    title: oneLine(q.title),
    sections: String(q.sections),
    questions: String(q.questions),
    source: q.sources.length ? oneLine(q.sources[0]!) + (q.sources.length > 1 ? ` (+${q.sources.length - 1})` : '') : '–',
  }));
  const total = items.reduce((n, q) => n + q.questions, 0);
  const replacing = items.filter((q) => q.replacesBundled).map((q) => wrap(`${REPLACES_MARK.trim()} ${oneLine(q.id)}: ${oneLine(q.file)} is used instead of the bundled questionnaire with this id.`, ctx.width - 1, '  '));
  const below = `${replacing.map((l) => l + '\n').join('')}${chalk.dim(footer(`${plural(items.length, 'questionnaire')}, ${total} questions. Details:`, ['icare', 'show', 'ID', ...questionnairesFlags(questionnaires)].join(' '), ctx.width))}\n`;
  const len = (s: string): number => [...s].length;
  const idW = Math.min(32, Math.max(2, ...rows.map((r) => len(r.id)))) + PAD;
  const sectionsW = 'Sections'.length + PAD;
  const questionsW = 'Questions'.length + PAD;
  const borders = 6;
  const spare = ctx.width - borders - idW - sectionsW - questionsW;
  if (spare < MIN_TITLE + MIN_SOURCE + 2 * PAD) {
    // Too narrow for the table: one short block per questionnaire, nothing cut.
    const columns = [{ head: 'ID' }, { head: '' }, { head: 'Sections' }, { head: 'Questions' }, { head: 'Source' }];
    return `${stackTable({ columns, rows: rows.map((r) => [chalk.cyan(r.id), r.title, r.sections, r.questions, shorten(r.source, ctx.width - 12)]), width: ctx.width, chalk })}\n${below}`;
  }
  // The title gets what it needs up to 60% of the spare room; the source takes the rest.
  const titleNeed = Math.max(...rows.map((r) => len(r.title))) + PAD;
  const titleW = Math.max(MIN_TITLE + PAD, Math.min(titleNeed, Math.floor(spare * 0.6)));
  const sourceNeed = Math.max(...rows.map((r) => len(r.source))) + PAD;
  const sourceW = Math.max(MIN_SOURCE + PAD, Math.min(sourceNeed, spare - titleW));

  const t = new Table({
    head: ['ID', 'Title', 'Sections', 'Questions', 'Source'].map((h) => chalk.bold(h)),
    colWidths: [idW, titleW, sectionsW, questionsW, sourceW],
    colAligns: ['left', 'left', 'right', 'right', 'left'],
    wordWrap: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    chars: TABLE_CHARS,
  });
  for (const r of rows) {
    t.push([chalk.cyan(shorten(r.id, idW - PAD)), r.title, r.sections, r.questions, { content: chalk.dim(shorten(r.source, sourceW - PAD)), wordWrap: false }]);
  }
  return `${t.toString()}\n${below}`;
}

/** The counts and the command for details; the command goes on its own line rather than be wrapped. */
function footer(text: string, command: string, width: number): string {
  const one = `${text} ${command}`;
  return one.length < width ? one : `${text}\n  ${command}`;
}
