import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { loadQuizSource } = await import('@/lib/quiz/load');
const { generateQuiz } = await import('@/lib/quiz/generate');

describe('generateQuiz(await loadQuizSource(locale), seed) on the deck’s data', () => {
  test('asks ten questions for any seed, the same questions in Chinese and English', async () => {
    const [zh, en] = await Promise.all([loadQuizSource('zh'), loadQuizSource('en')]);
    for (const seed of ['a', 'k3x9q2', 'zzzzzzzzzzzz', '0']) {
      const quizZh = generateQuiz(zh, seed);
      const quizEn = generateQuiz(en, seed);
      expect(quizZh.questions).toHaveLength(10);
      expect(quizEn.questions.map((q) => [q.kind, q.answer, q.reread])).toEqual(quizZh.questions.map((q) => [q.kind, q.answer, q.reread]));
    }
  });
});
