import type { QuizAnswers } from './answers';
import type { Quiz, QuizQuestion } from './types';

export type QuestionResult = { question: QuizQuestion; correct: boolean; answered: boolean };
export type QuizResult = { score: number; total: number; results: QuestionResult[] };

/** The position (1…n) a visitor gave each item of an ordering question, by item value. */
export function getOrderAnswer(question: QuizQuestion, answers: QuizAnswers): (string | null)[] {
  if (question.kind !== 'order') return [];
  return question.items.map((_, i) => answers.get(`${question.name}-${i}`)?.[0] ?? null);
}

/** The values a visitor chose for a choice question, only among its options. */
export function getChosen(question: QuizQuestion, answers: QuizAnswers): string[] {
  if (question.kind === 'order') return [];
  const given = new Set(answers.get(question.name) ?? []);
  return question.options.filter((option) => given.has(option.value)).map((option) => option.value);
}

function gradeQuestion(question: QuizQuestion, answers: QuizAnswers): QuestionResult {
  if (question.kind === 'order') {
    const positions = getOrderAnswer(question, answers);
    const answered = positions.some((position) => position !== null && position !== '');
    const correct = question.items.every((item, i) => positions[i] === String(question.answer.indexOf(item.value) + 1));
    return { question, correct, answered };
  }
  const chosen = getChosen(question, answers);
  const correct = chosen.length === question.answer.length && chosen.every((value) => question.answer.includes(value));
  return { question, correct, answered: chosen.length > 0 };
}

/** Each question right or wrong (an unanswered one is wrong), and the score. */
export function gradeQuiz(quiz: Quiz, answers: QuizAnswers): QuizResult {
  const results = quiz.questions.map((question) => gradeQuestion(question, answers));
  return { score: results.filter((r) => r.correct).length, total: results.length, results };
}
