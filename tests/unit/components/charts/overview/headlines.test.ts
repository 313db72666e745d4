import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { getOverviewHeadlines } = await import('@/components/charts/overview/headlines');
const { getOverviewChartData } = await import('@/components/charts/overview/data');
const { CHART_MANIFESTS } = await import('@/components/charts/registry');

const headlines = async (locale: 'zh' | 'en', data = getOverviewChartData(CHART_MANIFESTS)) =>
  getOverviewHeadlines(CHART_MANIFESTS, data, locale);

describe('getOverviewHeadlines', () => {
  test('takes one number per chart from the shipped data, in Chinese', async () => {
    expect((await headlines('zh')).map((h) => [h.chart, h.value, h.label])).toEqual([
      ['timeline', '20', '个大事记（1992—2006 年）'],
      ['coverage', '96%', '国务院部门建有网站（截至 2006 年）'],
      ['france', '2335万', '法国互联网用户'],
      ['united-states', '24万', '美国联邦政府员工减少（1992—1996 年）'],
      ['application-modes', '3', '种应用模式，共 19 个系统'],
    ]);
  });

  test('in English; the timeline spans two columns', async () => {
    const english = await headlines('en');
    expect(english.map((h) => h.value)).toEqual(['20', '96%', '23.35 million', '240,000', '3']);
    expect(english.map((h) => h.span)).toEqual([2, 1, 1, 1, 1]);
  });

  test('names the level and year the data has, so a folder of one’s own is not described as the deck', async () => {
    const data = getOverviewChartData(CHART_MANIFESTS);
    const [first] = data.coverage as { level_en: string }[];
    const coverage = [{ ...first!, level_en: 'Provincial departments', share_pct: 87, as_of: '2024-06' }];
    expect((await headlines('en', { ...data, coverage })).find((h) => h.chart === 'coverage')).toMatchObject({
      value: '87%',
      label: 'Provincial departments with a website by 2024',
    });
  });
});
