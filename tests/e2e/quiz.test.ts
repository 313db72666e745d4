import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateQuiz } from '@/lib/quiz/generate';
import { loadQuizSource } from '@/lib/quiz/load';
import type { Quiz } from '@/lib/quiz/types';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { BASE_URL } from './server';

const SEED = 'k3x9q2';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Answers the first `right` questions right and leaves the rest unanswered, as a student would in the form. */
async function answer(page: Page, quiz: Quiz, right: number) {
  for (const question of quiz.questions.slice(0, right)) {
    if (question.kind === 'order') {
      for (const [i, item] of question.items.entries())
        await page.selectOption(`#${question.name}-${i}`, String(question.answer.indexOf(item.value) + 1));
    } else {
      for (const value of question.answer) await page.check(`input[name="${question.name}"][value="${value}"]`);
    }
  }
  await page.click('button[type="submit"]');
  await page.waitForLoadState('load');
}

describe('/{locale}/quiz', () => {
  test('without JavaScript, on a phone: 7 / 10, the slides to reread, and a link to the event in the timeline', async () => {
    const quiz = generateQuiz(await loadQuizSource('en'), SEED);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/en/quiz?seed=${SEED}`);
    await expect(page.locator('fieldset > legend').count()).resolves.toBe(10);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await answer(page, quiz, 7);
    expect(new URL(page.url()).searchParams.get('seed')).toBe(SEED);
    const status = page.locator('[role="status"]');
    await expect(status.locator('strong').first().innerText()).resolves.toBe('7 / 10');
    const rereads = status.locator('a.quiz-result__reread');
    await expect(rereads.count()).resolves.toBe(3);
    await expect(status.innerText()).resolves.toMatch(/Right answer: .+[\s\S]*The deck, slides? \d+/);
    // The first wrong question that is about one event links to that event in the timeline.
    const wrongEvent = quiz.questions.slice(7).find((q) => q.reread.href.startsWith('/timeline?m='));
    if (wrongEvent) {
      await status.locator(`a[href="/en${wrongEvent.reread.href}"]`).click();
      await page.waitForLoadState('load');
      expect(page.url()).toBe(`${BASE_URL}/en${wrongEvent.reread.href}`);
      await expect(page.locator('h1').innerText()).resolves.toBeTruthy();
      await expect(page.content()).resolves.toContain(wrongEvent.values.event);
    }
    await context.close();
  });

  test('with JavaScript, a page without a seed picks one the URL carries; all right gives 10 / 10; a bad seed says so', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await gotoHydrated(page, `${BASE_URL}/zh/quiz`);
    const seed = new URL(page.url()).searchParams.get('seed')!;
    expect(seed).toMatch(/^[0-9a-z]{6}$/);
    await answer(page, generateQuiz(await loadQuizSource('zh'), seed), 10);
    await expect(page.locator('[role="status"] strong').first().innerText()).resolves.toBe('10 / 10');
    await gotoHydrated(page, `${BASE_URL}/zh/quiz?seed=${'x'.repeat(40)}&q1=${'y'.repeat(5000)}`);
    await expect(page.locator('.quiz-notice[role="alert"]').innerText()).resolves.toContain('不是有效的测验编号');
    await expect(page.locator('fieldset').count()).resolves.toBe(10);
    expect(errors).toEqual([]);
    await page.close();
  });
});
