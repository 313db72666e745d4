import 'server-only';
import { defineChart } from '@/components/charts/manifest-types';
import { describeTrends } from '@/lib/charts/trends/describe';
import { toTrendsInput } from '@/lib/charts/trends/input';
import { toTrendsPptx } from '@/lib/charts/trends/pptx';
import { checkTrendsView, getDefaultView, getTrendsView, getTrendsViewRows, toTrendsQuery } from '@/lib/charts/trends/view';
import { formatList } from '@/lib/format';
import { getTranslator } from '@/lib/i18n/translator';
import { getTrendsChartData } from './data';
import { TRENDS_META } from './meta';
import { renderTrendsSvg } from './render';
import { loadTrendsSlide } from './slide';
import { TrendsPage } from './trends-page';

export const trendsChart = defineChart({
  ...TRENDS_META,
  getData: getTrendsChartData,
  render: renderTrendsSvg,
  describe: async (data, locale, view) => {
    const t = await getTranslator(locale, 'trends');
    const shown = view ? getTrendsView(data.rows, view) : getDefaultView(data.rows);
    return describeTrends(toTrendsInput(data, shown, locale, t), locale, t);
  },
  page: { title: 'page.title', lead: 'page.lead', describeWithLead: true, Figure: TrendsPage },
  // What happened next, after the deck's own charts: the default view played a milestone at a time.
  presentation: { loadSlide: loadTrendsSlide },
  // A native line chart of the view (the default one in the lecture), the milestones and stages as shapes over it.
  pptx: {
    getContent: async (data, locale, options) =>
      toTrendsPptx(data, getTrendsView(data.rows, options?.view ?? new URLSearchParams()), locale, await getTranslator(locale, 'trends')),
    followsView: true,
  },
  // An embed or image shows the view its URL names: the same countries, axis and years as the page.
  renderView: (options, query) => {
    const data = options.data ?? getTrendsChartData();
    return renderTrendsSvg({ ...options, data, view: getTrendsView(data.rows, query) });
  },
  checkView: (view, data) => checkTrendsView(view, data.rows),
  // The share panel's CSV of the view: the countries and years shown, each row with its source.
  viewCsv: { dataset: 'internet-users', getRows: (data, query) => getTrendsViewRows(data.rows, getTrendsView(data.rows, query)) },
  describeView: async (query, data, locale) => {
    const view = getTrendsView(data.rows, query);
    if (!toTrendsQuery(view, getDefaultView(data.rows))) return null;
    const t = await getTranslator(locale, 'trends');
    const names = toTrendsInput(data, view, locale, t).series.map((s) => s.name);
    return t('viewDescription', { countries: formatList(names, locale), from: String(view.from), to: String(view.to), axis: view.axis });
  },
});
