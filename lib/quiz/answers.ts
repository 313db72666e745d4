import { QUIZ_LENGTH } from './generate';

/** What a visitor answered, by field name (`q3`, `q1-2`), as the form's query gives it. */
export type QuizAnswers = ReadonlyMap<string, readonly string[]>;

export type QuizParams = { seed: string | readonly string[] | undefined; answers: QuizAnswers; submitted: boolean };

/** Field names the quiz's form can send: a question, or one select of an ordering question. */
const FIELD = /^q([1-9]\d?)(?:-(\d))?$/;
const MAX_VALUES = 12;
const MAX_VALUE_LENGTH = 80;

/**
 * The query read with bounds: only `seed`, `check` and the quiz's own fields count; a field past the
 * quiz's length, with too many values or an oversized value is left out, as is anything else.
 */
export function readQuizParams(query: Readonly<Record<string, string | readonly string[] | undefined>>): QuizParams {
  const answers = new Map<string, string[]>();
  for (const [key, raw] of Object.entries(query)) {
    const match = FIELD.exec(key);
    if (!match || Number(match[1]) > QUIZ_LENGTH || raw === undefined) continue;
    const values = typeof raw === 'string' ? [raw] : [...raw];
    if (values.length > MAX_VALUES || values.some((value) => value.length > MAX_VALUE_LENGTH)) continue;
    answers.set(key, values);
  }
  return { seed: query.seed, answers, submitted: query.check !== undefined };
}
