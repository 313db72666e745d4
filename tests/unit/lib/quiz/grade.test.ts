import { describe, expect, test } from 'vitest';
import { readQuizParams } from '@/lib/quiz/answers';
import { generateQuiz } from '@/lib/quiz/generate';
import { gradeQuiz } from '@/lib/quiz/grade';
import type { Quiz } from '@/lib/quiz/types';
import { SOURCE } from './source';

const quiz = generateQuiz(SOURCE, 'grade');

/** The query a visitor sends who answers every question right. */
function rightQuery(q: Quiz): Record<string, string | string[]> {
  return Object.fromEntries(
    q.questions.flatMap((question) =>
      question.kind === 'order'
        ? question.items.map((item, i) => [`${question.name}-${i}`, String(question.answer.indexOf(item.value) + 1)])
        : [[question.name, question.multiple ? [...question.answer] : question.answer[0]!]],
    ),
  );
}

describe('gradeQuiz(quiz, readQuizParams(query).answers)', () => {
  test('scores every right answer', () => {
    expect(gradeQuiz(quiz, readQuizParams(rightQuery(quiz)).answers)).toMatchObject({ score: 10, total: 10 });
  });

  test('counts an unanswered question as wrong, and says it was not answered', () => {
    const result = gradeQuiz(quiz, readQuizParams({}).answers);
    expect(result.score).toBe(0);
    expect(result.results.every((r) => !r.correct && !r.answered)).toBe(true);
  });

  test('marks wrong an ordering with two items swapped, and check boxes with one too many or too few', () => {
    const query = rightQuery(quiz);
    const order = quiz.questions.find((q) => q.kind === 'order')!;
    [query[`${order.name}-0`], query[`${order.name}-1`]] = [query[`${order.name}-1`]!, query[`${order.name}-0`]!];
    const element = quiz.questions.find((q) => q.kind === 'element')!;
    const missing = element.kind === 'element' ? element.options.find((o) => !element.answer.includes(o.value))! : null;
    query[element.name] = [...element.answer, missing!.value];
    const result = gradeQuiz(quiz, readQuizParams(query).answers);
    expect(result.score).toBe(8);
    expect(
      result.results
        .filter((r) => !r.correct)
        .map((r) => r.question.kind)
        .sort(),
    ).toEqual(['element', 'order']);
    query[element.name] = element.answer.slice(1);
    expect(gradeQuiz(quiz, readQuizParams(query).answers).results.find((r) => r.question === element)!.correct).toBe(false);
  });

  test('ignores values that are not among a question’s options', () => {
    const query = rightQuery(quiz);
    const radio = quiz.questions.find((q) => q.kind === 'stage')!;
    query[radio.name] = [radio.answer[0]!, 'not-an-option'];
    expect(gradeQuiz(quiz, readQuizParams(query).answers).score).toBe(10);
  });
});

describe('readQuizParams(query)', () => {
  test('keeps the quiz’s own fields and the seed, and leaves out anything else', () => {
    const params = readQuizParams({ seed: 'abc', q1: 'x', 'q2-3': '2', q11: 'x', q0: 'x', evil: 'y', check: '' });
    expect([...params.answers.keys()]).toEqual(['q1', 'q2-3']);
    expect(params.seed).toBe('abc');
    expect(params.submitted).toBe(true);
    expect(readQuizParams({ seed: 'abc' }).submitted).toBe(false);
  });

  test('leaves out a field with an oversized value or too many values', () => {
    const params = readQuizParams({ q1: 'x'.repeat(81), q2: Array.from({ length: 13 }, String), q3: 'ok' });
    expect([...params.answers.keys()]).toEqual(['q3']);
  });
});
