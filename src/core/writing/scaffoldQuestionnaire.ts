// The starting point for a new questionnaire: a file that passes `icare validate` with no
// warnings and whose comments teach the format, so an author can edit rather than look things up.
// The first section carries the comments that explain sections and questions; the others are
// shorter.
import { stringify } from 'yaml';
import { slug } from './answersYaml.js';

interface ScaffoldInput {
  readonly id: string;
  readonly title: string;
  /** Section titles, in order; at least one. */
  readonly sections: readonly string[];
  /** What goes after `$schema=` in the editor modeline. */
  readonly schema: string;
}

// The closing section that holds the comment question.
const COMMENTS_SECTION = 'comments';

export const DEFAULT_SECTION_TITLES: readonly string[] = ['First area', 'Second area', 'Third area'];

/** A YAML scalar on one line: plain when that is safe, quoted when it is not (ids like `0` too). */
function scalar(s: string): string {
  return stringify(s, { lineWidth: 0 }).trimEnd();
}

/** Section ids from titles: kebab-case, unique; `section-N` when a title has no usable letters. */
export function sectionIds(titles: readonly string[]): string[] {
  const used = new Set<string>([COMMENTS_SECTION]);
  return titles.map((t, i) => {
    const base = slug(t).replace(/-+$/, '') || `section-${i + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

export function scaffoldQuestionnaire(input: ScaffoldInput): string {
  const titles = input.sections.length ? input.sections : DEFAULT_SECTION_TITLES;
  const ids = sectionIds(titles);
  return [...header(input), ...LEVELS, '', 'sections:', ...titles.flatMap((title, i) => section(ids[i]!, title, i)), ...COMMENTS, ''].join('\n');
}

/** The modeline, what the file is, and the questionnaire-wide keys up to its scale. */
function header(input: ScaffoldInput): string[] {
  return [
    `# yaml-language-server: $schema=${input.schema}`,
    '# A questionnaire for icare. Check it with `icare validate FILE`, then answer it with',
    '# `icare assess --questionnaires FOLDER ID`. Every key below is described in the schema above,',
    '# so an editor with YAML support completes and checks it as you type.',
    '',
    '# Lowercase kebab-case; unique among the questionnaires you load. Answers files refer to it.',
    `id: ${scalar(input.id)}`,
    `title: ${scalar(input.title)}`,
    '# Raise the version when you change questions, so older answers files are flagged.',
    'version: 1',
    '# Optional: what the questionnaire covers and how respondents should answer.',
    'description: >-',
    '  Rate what actually happens in your part of the organisation today, not what should',
    '  happen. Answer n/a where a question does not apply or you cannot judge it.',
    '# Optional: where the framework comes from (a string, or a list of strings).',
    'source: Replace with the book, article or model this questionnaire is based on.',
    '# Default target in percent (0-100) that section scores are compared with.',
    'target: 75',
    '# Default scale for `scale` questions. Label every point: respondents see the labels.',
    'scale:',
    '  min: 1',
    '  max: 5',
    '  labels: {1: Never, 2: Rarely, 3: Sometimes, 4: Usually, 5: Always}',
  ];
}

const LEVELS: readonly string[] = [
  '# Maturity levels: the first starts at 0, each `min` (a percent score) is higher than the last.',
  'levels:',
  '  - min: 0',
  '    name: Reactive',
  '    description: Service depends on individuals; problems are handled as they come.',
  '  - min: 40',
  '    name: Developing',
  '    description: Some standards and habits exist but are not yet applied everywhere.',
  '  - min: 60',
  '    name: Established',
  '    description: Practices are defined, shared and mostly lived day to day.',
  '  - min: 80',
  '    name: Leading',
  '    description: Practices are consistent, measured and continually improved.',
];

/** Section `i`: a scale question, then a choice question (the first section) or a yes/no one. */
function section(id: string, title: string, i: number): string[] {
  const first = i === 0;
  return [
    ...(first ? ['  # Section ids are kebab-case and unique in this file. `weight` (default 1) makes a section', '  # count more in the overall score; `target` overrides the questionnaire-wide target.'] : []),
    `  - id: ${scalar(id)}`,
    `    title: ${scalar(title)}`,
    ...(first ? ['    weight: 1', '    target: 75'] : []),
    '    description: Two or three sentences on what this area is and why it matters.',
    '    questions:',
    ...(first ? ['      # Question ids are kebab-case and unique across the whole questionnaire. Describe one', '      # observable practice per question. Without `type`, a question uses the scale above.'] : []),
    `      - id: ${id}-practice`,
    `        text: ${scalar(`Replace with one practice in "${title}" that respondents can rate from experience, like "Customer thank-you notes are read out to the team every month".`)}`,
    ...(first
      ? [
          '        # Optional: a longer explanation shown on request.',
          '        help: Say what counts, and what does not, so respondents answer alike.',
          '        # Every scored question needs one: the first concrete step when it scores below target.',
        ]
      : []),
    '        recommendation: Replace with one concrete next step for when this practice scores below target.',
    ...(first ? choiceQuestion(id) : yesNoQuestion(id, i)),
  ];
}

function choiceQuestion(sectionId: string): string[] {
  return [
    `      - id: ${sectionId}-stage`,
    '        text: How far has this practice got?',
    '        # `choice`: at least two options, each scored from 0 (lowest) to 1 (highest maturity).',
    '        type: choice',
    '        options:',
    '          - {label: Not defined, score: 0}',
    '          - {label: Written down, score: 0.5}',
    '          - {label: Lived and reviewed, score: 1}',
    '        recommendation: Write the practice down, then review it with the team every quarter.',
  ];
}

/** The second section's also explains `reverse`. */
function yesNoQuestion(sectionId: string, i: number): string[] {
  return [
    `      - id: ${sectionId}-checked`,
    '        text: Describe a fact a respondent can answer yes or no.',
    '        # `yesno`: yes scores 100, no scores 0.',
    ...(i === 1 ? ['        # `reverse: true` (scale and yesno only) means a high answer shows low maturity.'] : []),
    '        type: yesno',
    '        recommendation: Replace with what to do when the answer is no.',
  ];
}

const COMMENTS: readonly string[] = [
  '',
  '  # End with a text question for comments: it is never scored, so it needs no recommendation.',
  `  - id: ${COMMENTS_SECTION}`,
  '    title: Comments',
  '    questions:',
  '      - id: anything-else',
  '        text: Is there anything else about this area that we should know?',
  '        type: text',
];
