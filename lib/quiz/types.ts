/**
 * What a quiz is drawn from: the datasets' rows in one language, reduced to what questions ask
 * (ids stay the same in every language, so one seed gives the same quiz in Chinese and English).
 */
export type QuizSource = {
  /** `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  milestones: readonly { id: string; date: string; stage: string; title: string; slide: number }[];
  /** In the deck's order. */
  stages: readonly { id: string; name: string; slide: number }[];
  /** In the deck's order. */
  modes: readonly { id: string; name: string; slide: number }[];
  systems: readonly { mode: string; name: string; slide: number }[];
  /** `share` as the chart writes it: "nearly 77%". */
  levels: readonly { id: string; name: string; share: string; slide: number }[];
  definitions: readonly {
    id: string;
    name: string;
    slide: number;
    elements: readonly { id: string; name: string; phrase: string }[];
  }[];
};

export type QuizKind = 'order' | 'stage' | 'year' | 'mode' | 'share' | 'level' | 'definition' | 'element';

export type QuizOption = { value: string; label: string };

/** Where to reread: the deck's slides, and the place in the dashboard that shows them (a path after the locale). */
export type QuizReread = { slides: number[]; href: string };

type QuestionBase = {
  /** The form field: `q1` … (an ordering question's selects are `q1-0`, `q1-1` …). */
  name: string;
  kind: QuizKind;
  /** The prompt's values, for the `prompt.<kind>` message. */
  values: Record<string, string>;
  reread: QuizReread;
};

/** One answer (radio buttons) or several (check boxes), from `options`. */
export type ChoiceQuestion = QuestionBase & {
  kind: Exclude<QuizKind, 'order'>;
  multiple: boolean;
  options: QuizOption[];
  /** The right options' values, in the options' order. */
  answer: string[];
};

/** Items to put in order: each gets a position 1…n from a select. */
export type OrderQuestion = QuestionBase & {
  kind: 'order';
  /** In the order shown (shuffled). */
  items: QuizOption[];
  /** The items' values, earliest first. */
  answer: string[];
};

export type QuizQuestion = ChoiceQuestion | OrderQuestion;

export type Quiz = { seed: string; questions: QuizQuestion[] };
