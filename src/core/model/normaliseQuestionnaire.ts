// A questionnaire file as read (defaults left out) → the questionnaire every command works with:
// defaults filled in, scales inherited, audiences resolved to each question.
import { DEFAULT_SCALE, DEFAULT_TARGET, DEFAULT_LEVELS, NPS_SCALE, type Questionnaire, type QuestionnaireFile, type Question, type QuestionFile, type Scale, type ScaleFile } from './model.js';

export function normaliseQuestionnaire(raw: QuestionnaireFile, file = ''): Questionnaire {
  const baseScale = raw.scale ? toScale(raw.scale, DEFAULT_SCALE) : DEFAULT_SCALE;
  const target = raw.target ?? DEFAULT_TARGET;
  return {
    id: raw.id,
    title: raw.title,
    version: raw.version,
    ...(raw.description !== undefined && { description: raw.description }),
    sources: raw.source === undefined ? [] : typeof raw.source === 'string' ? [raw.source] : [...raw.source],
    target,
    ...(raw.mirrors !== undefined && { mirrors: raw.mirrors }),
    levels: raw.levels && raw.levels.length > 0 ? raw.levels : DEFAULT_LEVELS,
    file,
    sections: raw.sections.map((s) => ({
      id: s.id,
      title: s.title,
      ...(s.description !== undefined && { description: s.description }),
      weight: s.weight ?? 1,
      target: s.target ?? target,
      ...(s.audience !== undefined && { audience: s.audience }),
      ...(s.mirrors !== undefined && { mirrors: s.mirrors }),
      questions: s.questions.map((q) => normaliseQuestion(q, baseScale, s.audience)),
    })),
  };
}

function normaliseQuestion(q: QuestionFile, baseScale: Scale, sectionAudience: readonly string[] | undefined): Question {
  const audience = q.audience ?? sectionAudience;
  const type = q.type ?? 'scale';
  const variant = q.variant ?? 'classic';
  const scale = type === 'nps' ? NPS_SCALE : q.scale ? toScale(q.scale, baseScale) : baseScale;
  return {
    id: q.id,
    text: q.text,
    ...(q.help !== undefined && { help: q.help }),
    type,
    variant,
    weight: q.weight ?? 1,
    reverse: q.reverse ?? false,
    ...(audience !== undefined && { audience }),
    scale,
    options: q.options ?? [],
    ...(q.recommendation !== undefined && { recommendation: q.recommendation }),
    scored: type !== 'text' && type !== 'nps' && type !== 'rating',
  };
}

/** A scale's labels; a scale with its own min/max but no labels keeps the inherited ones that fit. */
function toScale(s: ScaleFile, inherit: Scale): Scale {
  const labels: Record<number, string> = {};
  const source = s.labels ?? (s.min === inherit.min && s.max === inherit.max ? inherit.labels : {});
  for (const [k, v] of Object.entries(source)) labels[Number(k)] = v;
  return { min: s.min, max: s.max, labels };
}
