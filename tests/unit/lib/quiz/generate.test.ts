import { describe, expect, test } from 'vitest';
import { generateQuiz } from '@/lib/quiz/generate';
import type { QuizQuestion } from '@/lib/quiz/types';
import { SOURCE } from './source';

const SEEDS = Array.from({ length: 200 }, (_, i) => i.toString(36));
const options = (q: QuizQuestion) => (q.kind === 'order' ? q.items : q.options);

describe('generateQuiz(source, seed)', () => {
  test('gives the same quiz for the same seed, and different quizzes for different seeds', () => {
    expect(generateQuiz(SOURCE, 'k3x9q2')).toEqual(generateQuiz(SOURCE, 'k3x9q2'));
    const distinct = new Set(SEEDS.slice(0, 20).map((seed) => JSON.stringify(generateQuiz(SOURCE, seed).questions)));
    expect(distinct.size).toBe(20);
  });

  test('asks ten questions named q1…q10, one ordering and the rest a mix of kinds', () => {
    const quiz = generateQuiz(SOURCE, 'abc');
    expect(quiz.questions.map((q) => q.name)).toEqual(Array.from({ length: 10 }, (_, i) => `q${i + 1}`));
    expect(quiz.questions.filter((q) => q.kind === 'order')).toHaveLength(1);
    expect(new Set(quiz.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(7);
  });

  test.each(SEEDS.slice(0, 50))('seed %s: no duplicate options, and the answer always among them', (seed) => {
    for (const question of generateQuiz(SOURCE, seed).questions) {
      const list = options(question);
      expect(new Set(list.map((o) => o.value)).size, question.name).toBe(list.length);
      expect(new Set(list.map((o) => o.label)).size, question.name).toBe(list.length);
      expect(question.answer.length).toBeGreaterThan(0);
      for (const value of question.answer) expect(list.map((o) => o.value)).toContain(value);
      if (question.kind !== 'order' && !question.multiple) expect(question.answer).toHaveLength(1);
      expect(question.reread.slides.length).toBeGreaterThan(0);
    }
  });

  test('draws every option from the data: years of events, stages, modes, levels, definitions', () => {
    const years = new Set(SOURCE.milestones.map((m) => m.date.slice(0, 4)));
    for (const seed of SEEDS) {
      for (const q of generateQuiz(SOURCE, seed).questions) {
        if (q.kind === 'year') q.options.forEach((o) => expect(years).toContain(o.value));
        if (q.kind === 'stage') expect(q.options.map((o) => o.value)).toEqual(SOURCE.stages.map((s) => s.id));
        if (q.kind === 'definition') q.options.forEach((o) => expect(SOURCE.definitions.map((d) => d.id)).toContain(o.value));
      }
    }
  });

  test('orders events of different years, earliest first, never shown already in order', () => {
    for (const seed of SEEDS) {
      const order = generateQuiz(SOURCE, seed).questions.find((q) => q.kind === 'order')!;
      const dates = order.answer.map((id) => SOURCE.milestones.find((m) => m.id === id)!.date);
      expect(new Set(dates.map((d) => d.slice(0, 4))).size).toBe(4);
      expect([...dates].sort()).toEqual(dates);
      expect(order.kind === 'order' && order.items.map((i) => i.value)).not.toEqual(order.answer);
    }
  });

  test('never asks twice about one event, and never about a system two modes share or a level whose share another has', () => {
    for (const seed of SEEDS) {
      const questions = generateQuiz(SOURCE, seed).questions;
      const events = questions.flatMap((q) =>
        q.kind === 'order' ? q.answer : q.kind === 'stage' || q.kind === 'year' ? [q.values.event] : [],
      );
      const titles = events.map((e) => SOURCE.milestones.find((m) => m.id === e || m.title === e)!.id);
      expect(new Set(titles).size).toBe(titles.length);
      for (const q of questions) {
        if (q.kind === 'mode') expect(q.values.system).not.toBe('Budget');
        if (q.kind === 'share' || q.kind === 'level') expect(q.answer[0]).not.toMatch(/upper|lower/);
      }
    }
  });

  test('asks which definitions stress an element with check boxes, and which says a phrase only one definition has', () => {
    const questions = SEEDS.flatMap((seed) => generateQuiz(SOURCE, seed).questions);
    const element = questions.find((q) => q.kind === 'element')!;
    expect(element.kind === 'element' && element.multiple).toBe(true);
    expect(element.values.element).toBe('Shared');
    expect(element.answer).toEqual(['b', 'c']);
    for (const q of questions.filter((q) => q.kind === 'definition')) expect(['a-only', 'd-only']).toContain(q.values.phrase);
  });

  test('links a question to where the dashboard shows it: the event in the timeline, the chart, the definition', () => {
    const questions = SEEDS.slice(0, 30).flatMap((seed) => generateQuiz(SOURCE, seed).questions);
    const stage = questions.find((q) => q.kind === 'stage')!;
    const event = SOURCE.milestones.find((m) => m.title === stage.values.event)!;
    expect(stage.reread).toEqual({ slides: [event.slide], href: `/timeline?m=${event.id}` });
    expect(questions.find((q) => q.kind === 'order')!.reread.href).toMatch(/^\/timeline\?from=\d{4}&to=\d{4}$/);
    expect(questions.find((q) => q.kind === 'share' || q.kind === 'level')!.reread.href).toBe('/coverage#coverage-chart');
  });

  test('asks fewer questions, without failing, where the data is too small', () => {
    const tiny = { ...SOURCE, milestones: SOURCE.milestones.slice(0, 2), systems: [], levels: [], definitions: [] };
    const quiz = generateQuiz(tiny, 'x');
    expect(quiz.questions.length).toBeGreaterThan(0);
    expect(quiz.questions.length).toBeLessThan(10);
    expect(quiz.questions.every((q) => q.kind === 'stage')).toBe(true);
  });
});
