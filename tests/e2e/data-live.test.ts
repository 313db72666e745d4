import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, gotoHydrated, launchBrowser } from './browser';
import { E2E_PORT } from './server';
import { startTestServer, type RunningServer } from './start-server';

// A lecturer's coverage file, edited while the server runs and the pages are open.
const HEADER =
  'level_id,level_rank,level_zh,level_en,units_total,units_total_qualifier,share_pct,share_qualifier,as_of,note_zh,note_en,source_slide';
const coverage = (provincial: number) =>
  `${HEADER}\n` +
  `province-bodies,1,省直部门,Provincial departments,48,exact,${provincial},exact,2024-06,,,58\n` +
  'county-bodies,2,县级部门,County departments,300,about,41,exact,2024-06,,,58\n';

/** The edit data pages follow: the open page shows it without a reload, within the poll (5 s) and the server's check (2 s). */
const FOLLOWS = { timeout: 20_000, interval: 200 };

let dir: string;
let server: RunningServer;
let browser: Browser;
const file = () => path.join(dir, 'website-coverage.csv');
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'egov-e2e-data-live-'));
  writeFileSync(file(), coverage(87));
  [server, browser] = await Promise.all([startTestServer(E2E_PORT + 4, { DATA_DIR: dir }), launchBrowser()]);
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Marks the document: a reload or navigation would lose the mark. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
const stillSameDocument = (page: Page) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
const provincialRow = (page: Page) => page.locator('tr', { hasText: 'Provincial departments' }).last().innerText();
const liveRegion = (page: Page) => page.getByTestId('live-data').textContent();

describe('an open data page follows edits to DATA_DIR without a reload', () => {
  test('/en/data/website-coverage shows the new share in its table and chart, and says so politely', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await gotoHydrated(page, `${server.baseUrl}/en/data/website-coverage`);
    expect(await provincialRow(page)).toContain('87');
    expect(await page.getByTestId('live-data').getAttribute('role')).toBe('status');
    expect(await liveRegion(page)).toBe('');
    await markDocument(page);

    const edited = Date.now();
    writeFileSync(file(), coverage(63));
    await expect.poll(() => provincialRow(page), FOLLOWS).toContain('63');
    console.log(`/en/data/website-coverage showed the edit after ${Date.now() - edited} ms`);
    expect(await stillSameDocument(page)).toBe(true);
    expect(await page.locator('.upload-chart svg[role="img"]').first().getAttribute('aria-label')).toContain('Provincial departments 63');
    await expect.poll(() => liveRegion(page)).toBe('The data were updated.');
    expect(server.log()).toContain('DATA_DIR/website-coverage.csv changed: read again (2 rows)');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a preview of an uploaded file stays while the shipped data under it follow the edit', async () => {
    const page = await browser.newPage();
    await gotoHydrated(page, `${server.baseUrl}/en/data/website-coverage`);
    await page.locator('input[type="file"]:enabled').waitFor({ state: 'attached' });
    await page.setInputFiles('input[type="file"]', {
      name: 'mine.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${HEADER}\nmy-bureaus,1,本省厅局,Province bureaus,12,exact,55,exact,2024-06,,,58\n`),
    });
    await page.getByTestId('upload-banner').waitFor();
    await markDocument(page);

    writeFileSync(file(), coverage(71));
    await expect.poll(() => provincialRow(page), FOLLOWS).toContain('71');
    expect(await stillSameDocument(page)).toBe(true);
    expect(await page.getByTestId('upload-banner').innerText()).toContain('mine.csv');
    expect(await page.locator('.upload-chart').getAttribute('data-source')).toBe('upload');
    expect(await page.locator('.upload-chart svg[role="img"]').first().getAttribute('aria-label')).toContain('Province bureaus 55');
    await page.close();
  });

  test('the overview /zh/data follows too, announced in Chinese', async () => {
    const page = await browser.newPage();
    await gotoHydrated(page, `${server.baseUrl}/zh/data`);
    const preview = () => page.locator('#dataset-website-coverage tr', { hasText: '省直部门' }).innerText();
    expect(await preview()).toContain('71');
    await markDocument(page);

    writeFileSync(file(), coverage(29));
    await expect.poll(preview, FOLLOWS).toContain('29');
    expect(await stillSameDocument(page)).toBe(true);
    await expect.poll(() => liveRegion(page)).toBe('数据已更新。');
    await page.close();
  });

  test("/en/coverage's chart follows on a plain request once the server has looked again (2 s)", async () => {
    const chartLabel = async () => {
      const html = await (await fetch(`${server.baseUrl}/en/coverage`)).text();
      return /<svg\b[^>]*role="img"[^>]*aria-label="([^"]*)"/.exec(html)?.[1] ?? '';
    };
    expect(await chartLabel()).toContain('Provincial departments 29%');
    const edited = Date.now();
    writeFileSync(file(), coverage(92));
    await expect.poll(chartLabel, { timeout: 10_000, interval: 200 }).toContain('Provincial departments 92%');
    expect(Date.now() - edited).toBeLessThan(5_000);
  });

  test('an edit into an invalid file shows its problems, each further edit its own, and the fix the new rows', async () => {
    const page = await browser.newPage();
    await gotoHydrated(page, `${server.baseUrl}/en/data/website-coverage`);
    await markDocument(page);
    const problems = () =>
      page
        .locator('.data-notice--problem')
        .innerText()
        .catch(() => '');

    writeFileSync(file(), coverage(120).replace('county-bodies,2', 'county-bodies,two'));
    await expect.poll(problems, FOLLOWS).toContain('"120" is above the maximum 100');
    expect(await problems()).toContain('DATA_DIR/website-coverage.csv did not pass the checks');
    expect(await problems()).toContain('column level_rank');
    // One of the two mistakes fixed: the shipped data still serve, the list follows.
    writeFileSync(file(), coverage(120));
    await expect.poll(problems, FOLLOWS).not.toContain('column level_rank');
    expect(await problems()).toContain('"120" is above the maximum 100');

    writeFileSync(file(), coverage(50));
    await expect.poll(() => provincialRow(page), FOLLOWS).toContain('50');
    expect(await page.locator('.data-notice--problem').count()).toBe(0);
    expect(await stillSameDocument(page)).toBe(true);
    await page.close();
  });
});
