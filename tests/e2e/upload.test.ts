import iconv from 'iconv-lite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectErrors, gotoHydrated, launchBrowser, waitForHydration } from './browser';
import { BASE_URL } from './server';

const PAGE = `${BASE_URL}/zh/data/website-coverage`;
const HEADER_ZH =
  '层级编号,层级顺序,层级（中文）,层级（英文）,机构总数,总数限定,建站比例（%）,比例限定,时间,说明（中文）,说明（英文）,来源页码';
const GBK_FILE = {
  name: '本省网站.csv',
  mimeType: 'text/csv',
  buffer: iconv.encode(
    [
      HEADER_ZH,
      'my-province,1,本省厅局,Province bureaus,"1,200",exact,55%,exact,2024/6,,,58',
      'my-counties,2,本省县区,Counties,80,exact,33,exact,2024-06,,,58',
      '',
    ].join('\r\n'),
    'gbk',
  ),
};
const BROKEN_FILE = {
  name: 'broken.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEADER_ZH, 'a,1,甲,A,,,50,exact,2024-06,,,58', 'b,2,乙,B,,,lots,exact,2024-13,,,58', ''].join('\n')),
};

/** A 4xx answer to an upload is logged by the browser as a failed resource; that is the expected answer, not a page error. */
const pageErrors = (errors: string[]) => errors.filter((text) => !/status of 4\d\d/.test(text));

/** Opens the page and waits until the file input works (the upload component has hydrated). */
async function open(page: Page, url = PAGE) {
  await gotoHydrated(page, url);
  await page.locator('input[type="file"]:enabled').waitFor({ state: 'attached' });
}

const chartLabel = (page: Page) => page.locator('.upload-chart .responsive-chart__wide svg[role="img"]').first().getAttribute('aria-label');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('trying your own CSV on /zh/data/website-coverage', () => {
  test('a GBK file redraws the chart with its values, marked as not saved; reset brings back the shipped chart', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await open(page);
    expect(await chartLabel(page)).toContain('国务院部门96%');

    await page.setInputFiles('input[type="file"]', GBK_FILE);
    const banner = page.getByTestId('upload-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('你的数据（未保存）');
    expect(await banner.innerText()).toContain('本省网站.csv，2 行');
    expect(await page.locator('.upload-chart').getAttribute('data-source')).toBe('upload');
    const label = await chartLabel(page);
    expect(label).toContain('本省厅局55%');
    expect(label).toContain('本省县区33%');
    expect(label).not.toContain('国务院部门');
    expect(await page.locator('.upload-chart .responsive-chart__wide').innerText()).toContain('55%');
    expect(await page.locator('.problem-table--warning').innerText()).toContain('"55%" 已按 "55" 读取');

    await page.getByRole('button', { name: '恢复随附的数据' }).click();
    expect(await page.locator('.upload-chart').getAttribute('data-source')).toBe('shipped');
    expect(await chartLabel(page)).toContain('国务院部门96%');
    expect(await page.getByTestId('upload-banner').count()).toBe(0);
    expect(pageErrors(errors)).toEqual([]);
    await context.close();
  });

  test('a broken file lists each problem with its line, column and reason, and the shipped chart stays', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = collectErrors(page);
    await open(page);
    await page.setInputFiles('input[type="file"]', BROKEN_FILE);
    const problems = page.getByTestId('upload-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('broken.csv 有 2 个问题');
    const rows = await problems.locator('.problem-table--error tbody tr').allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      '3 share_pct 建站比例（%） "lots" 不是数字',
      '3 as_of 时间 "2024-13" 不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）',
    ]);
    expect(await page.locator('.upload-chart').getAttribute('data-source')).toBe('shipped');

    // Fixed and chosen again: the problems go and the chart redraws.
    await page.setInputFiles('input[type="file"]', GBK_FILE);
    await page.getByTestId('upload-banner').waitFor();
    expect(await page.getByTestId('upload-problems').count()).toBe(0);
    expect(pageErrors(errors)).toEqual([]);
    await context.close();
  });

  test('in English the problems read in English', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page, `${BASE_URL}/en/data/website-coverage`);
    await page.setInputFiles('input[type="file"]', BROKEN_FILE);
    const problems = page.getByTestId('upload-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('broken.csv has 2 problems');
    expect(await problems.innerText()).toContain('"lots" is not a number');
    await context.close();
  });

  test('an upload is seen by nobody else: a second browser, and the same one after a reload, get the shipped chart', async () => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    const uploader = await first.newPage();
    await open(uploader);
    await uploader.setInputFiles('input[type="file"]', GBK_FILE);
    await uploader.getByTestId('upload-banner').waitFor();

    const other = await second.newPage();
    await open(other);
    expect(await other.getByTestId('upload-banner').count()).toBe(0);
    expect(await chartLabel(other)).toContain('国务院部门96%');
    expect(await other.content()).not.toContain('本省厅局');

    await uploader.reload();
    await waitForHydration(uploader);
    expect(await chartLabel(uploader)).toContain('国务院部门96%');
    await first.close();
    await second.close();
  });
});
