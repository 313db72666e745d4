import { createRandom, sample, shuffle, type Random } from './random';
import type { ChoiceQuestion, OrderQuestion, Quiz, QuizKind, QuizOption, QuizQuestion, QuizSource } from './types';

export const QUIZ_LENGTH = 10;
const ORDER_ITEMS = 4;
const YEAR_OPTIONS = 4;
const DEFINITION_OPTIONS = 4;

/** The mix of a ten-question quiz, shuffled per seed; the coverage question is asked one way round or the other (`share`, `level`). */
const KINDS: readonly QuizKind[] = ['order', 'stage', 'stage', 'year', 'year', 'mode', 'mode', 'share', 'definition', 'element'];
/** What to ask instead when the data cannot give a question of a kind (too few rows, all used). */
const FALLBACK: readonly QuizKind[] = ['year', 'stage', 'mode', 'level', 'share', 'definition', 'element', 'order'];

/** Subjects already asked about, so no quiz asks twice about the same event, system, level or definition. */
type Used = Set<string>;

type Draw = (source: QuizSource, random: Random, used: Used, name: string) => QuizQuestion | null;

const yearOf = (date: string) => date.slice(0, 4);
const unique = <T>(values: readonly T[]) => [...new Set(values)];
const timelineHref = (id: string) => `/timeline?m=${encodeURIComponent(id)}`;

function drawOrder(source: QuizSource, random: Random, used: Used, name: string): OrderQuestion | null {
  // Events in different years only, so their order is never a matter of a date the deck leaves vague.
  const byYear = new Map<string, QuizSource['milestones'][number][]>();
  for (const m of source.milestones) if (!used.has(`m:${m.id}`)) byYear.set(yearOf(m.date), [...(byYear.get(yearOf(m.date)) ?? []), m]);
  if (byYear.size < ORDER_ITEMS) return null;
  const events = sample([...byYear.values()], ORDER_ITEMS, random).map((group) => group[Math.floor(random() * group.length)]!);
  const answer = [...events].sort((a, b) => a.date.localeCompare(b.date));
  let shown = shuffle(events, random);
  if (shown.every((event, i) => event === answer[i])) shown = [...shown.slice(1), shown[0]!];
  for (const event of events) used.add(`m:${event.id}`);
  const years = answer.map((event) => Number(yearOf(event.date)));
  return {
    name,
    kind: 'order',
    values: {},
    items: shown.map((event) => ({ value: event.id, label: event.title })),
    answer: answer.map((event) => event.id),
    reread: {
      slides: unique(answer.map((event) => event.slide)).sort((a, b) => a - b),
      href: `/timeline?from=${years[0]}&to=${years.at(-1)! + 1}`,
    },
  };
}

function pickMilestone(source: QuizSource, random: Random, used: Used) {
  const free = source.milestones.filter((m) => !used.has(`m:${m.id}`));
  const event = free[Math.floor(random() * free.length)];
  if (event) used.add(`m:${event.id}`);
  return event;
}

function drawStage(source: QuizSource, random: Random, used: Used, name: string): ChoiceQuestion | null {
  if (source.stages.length < 2) return null;
  const event = pickMilestone(source, random, used);
  if (!event || !source.stages.some((stage) => stage.id === event.stage)) return null;
  return {
    name,
    kind: 'stage',
    values: { event: event.title },
    multiple: false,
    options: source.stages.map((stage) => ({ value: stage.id, label: stage.name })),
    answer: [event.stage],
    reread: { slides: [event.slide], href: timelineHref(event.id) },
  };
}

function drawYear(source: QuizSource, random: Random, used: Used, name: string): ChoiceQuestion | null {
  const years = unique(source.milestones.map((m) => yearOf(m.date)));
  if (years.length < YEAR_OPTIONS) return null;
  const event = pickMilestone(source, random, used);
  if (!event) return null;
  const year = yearOf(event.date);
  const others = sample(
    years.filter((y) => y !== year),
    YEAR_OPTIONS - 1,
    random,
  );
  const options = [year, ...others].sort().map((y) => ({ value: y, label: y }));
  return {
    name,
    kind: 'year',
    values: { event: event.title },
    multiple: false,
    options,
    answer: [year],
    reread: { slides: [event.slide], href: timelineHref(event.id) },
  };
}

function drawMode(source: QuizSource, random: Random, used: Used, name: string): ChoiceQuestion | null {
  // A system named under two modes would have two right answers: those are never asked.
  const count = new Map<string, number>();
  for (const s of source.systems) count.set(s.name, (count.get(s.name) ?? 0) + 1);
  const free = source.systems.filter((s) => count.get(s.name) === 1 && !used.has(`s:${s.name}`));
  const system = free[Math.floor(random() * free.length)];
  if (!system || source.modes.length < 2 || !source.modes.some((mode) => mode.id === system.mode)) return null;
  used.add(`s:${system.name}`);
  return {
    name,
    kind: 'mode',
    values: { system: system.name },
    multiple: false,
    options: source.modes.map((mode) => ({ value: mode.id, label: mode.name })),
    answer: [system.mode],
    reread: { slides: [system.slide], href: '/application-modes#application-modes' },
  };
}

/** Levels whose share no other level has: asked either way round, each has one right answer. */
function distinctLevels(source: QuizSource) {
  const count = new Map<string, number>();
  for (const l of source.levels) count.set(l.share, (count.get(l.share) ?? 0) + 1);
  return source.levels.filter((l) => count.get(l.share) === 1);
}

function drawShare(kind: 'share' | 'level') {
  return (source: QuizSource, random: Random, used: Used, name: string): ChoiceQuestion | null => {
    const levels = distinctLevels(source);
    const free = levels.filter((l) => !used.has(`l:${l.id}`));
    const level = free[Math.floor(random() * free.length)];
    if (!level || levels.length < 2) return null;
    used.add(`l:${level.id}`);
    const options: QuizOption[] =
      kind === 'share' ? levels.map((l) => ({ value: l.id, label: l.share })) : levels.map((l) => ({ value: l.id, label: l.name }));
    return {
      name,
      kind,
      values: kind === 'share' ? { level: level.name } : { share: level.share },
      multiple: false,
      options,
      answer: [level.id],
      reread: { slides: [level.slide], href: '/coverage#coverage-chart' },
    };
  };
}

/** Which definition says this: a phrase for an element only one definition stresses. */
function drawDefinition(source: QuizSource, random: Random, used: Used, name: string): ChoiceQuestion | null {
  const stressing = (element: string) => source.definitions.filter((d) => d.elements.some((e) => e.id === element));
  const candidates = source.definitions.flatMap((definition) =>
    used.has(`d:${definition.id}`)
      ? []
      : definition.elements.filter((e) => stressing(e.id).length === 1).map((element) => ({ definition, element })),
  );
  const pick = candidates[Math.floor(random() * candidates.length)];
  if (!pick || source.definitions.length < 2) return null;
  used.add(`d:${pick.definition.id}`);
  const others = sample(
    source.definitions.filter((d) => d !== pick.definition),
    DEFINITION_OPTIONS - 1,
    random,
  );
  const chosen = new Set([pick.definition, ...others]);
  return {
    name,
    kind: 'definition',
    values: { phrase: pick.element.phrase },
    multiple: false,
    options: source.definitions.filter((d) => chosen.has(d)).map((d) => ({ value: d.id, label: d.name })),
    answer: [pick.definition.id],
    reread: { slides: [pick.definition.slide], href: `/concepts#definition-${pick.definition.id}` },
  };
}

/** Which definitions stress an element: check boxes, for an element some but not all of them stress. */
function drawElement(source: QuizSource, random: Random, used: Used, name: string): ChoiceQuestion | null {
  const elements = new Map<string, string>();
  for (const d of source.definitions) for (const e of d.elements) elements.set(e.id, e.name);
  const candidates = [...elements].filter(([id]) => {
    const count = source.definitions.filter((d) => d.elements.some((e) => e.id === id)).length;
    return count >= 2 && count < source.definitions.length && !used.has(`e:${id}`);
  });
  const pick = candidates[Math.floor(random() * candidates.length)];
  if (!pick) return null;
  const [id, elementName] = pick;
  used.add(`e:${id}`);
  const answer = source.definitions.filter((d) => d.elements.some((e) => e.id === id));
  return {
    name,
    kind: 'element',
    values: { element: elementName },
    multiple: true,
    options: source.definitions.map((d) => ({ value: d.id, label: d.name })),
    answer: answer.map((d) => d.id),
    reread: { slides: answer.map((d) => d.slide).sort((a, b) => a - b), href: '/concepts#definitions' },
  };
}

const DRAW: Record<QuizKind, Draw> = {
  order: drawOrder,
  stage: drawStage,
  year: drawYear,
  mode: drawMode,
  share: drawShare('share'),
  level: drawShare('level'),
  definition: drawDefinition,
  element: drawElement,
};

/**
 * A quiz from the deck's data, the same for the same seed and data: ten questions of a shuffled mix,
 * each about a different event, system, level or definition, every wrong option drawn from the data.
 * Fewer than ten where the data cannot give more.
 */
export function generateQuiz(source: QuizSource, seed: string, length = QUIZ_LENGTH): Quiz {
  const random = createRandom(seed);
  const used: Used = new Set();
  const kinds = shuffle(KINDS, random)
    .slice(0, length)
    .map((kind) => (kind === 'share' && random() < 0.5 ? 'level' : kind));
  const questions: QuizQuestion[] = [];
  for (const kind of kinds) {
    const name = `q${questions.length + 1}`;
    const question = [kind, ...FALLBACK].reduce<QuizQuestion | null>(
      (found, next) => found ?? DRAW[next](source, random, used, name),
      null,
    );
    if (question) questions.push(question);
  }
  return { seed, questions };
}
