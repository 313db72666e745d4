import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { getHeadlines } = await import('@/lib/charts/overview/headlines');
const { getOverviewChartData } = await import('@/components/charts/overview/data');
const { getTranslator } = await import('@/lib/i18n/translator');

describe('getHeadlines', () => {
  test('takes one number per chart from the shipped data, in Chinese', async () => {
    const headlines = getHeadlines(getOverviewChartData(), 'zh', await getTranslator('zh', 'share.overview'));
    expect(headlines.map((h) => [h.chart, h.value, h.label])).toEqual([
      ['timeline', '20', '个大事记（1992—2006 年）'],
      ['coverage', '96%', '国务院部门建有网站（截至 2006 年）'],
      ['france', '2335万', '法国互联网用户'],
      ['united-states', '24万', '美国联邦政府员工减少（1992—1996 年）'],
      ['application-modes', '3', '种应用模式，共 19 个系统'],
    ]);
  });

  test('in English', async () => {
    const headlines = getHeadlines(getOverviewChartData(), 'en', await getTranslator('en', 'share.overview'));
    expect(headlines.map((h) => h.value)).toEqual(['20', '96%', '23.35 million', '240,000', '3']);
  });

  test('names the level and year the data has, so a folder of one’s own is not described as the deck', async () => {
    const data = getOverviewChartData();
    const coverage = [{ ...data.coverage[0]!, level_en: 'Provincial departments', share_pct: 87, as_of: '2024-06' }];
    const headlines = getHeadlines({ ...data, coverage }, 'en', await getTranslator('en', 'share.overview'));
    expect(headlines.find((h) => h.chart === 'coverage')).toMatchObject({
      value: '87%',
      label: 'Provincial departments with a website by 2024',
    });
  });
});
