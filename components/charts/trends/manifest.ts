import 'server-only';
import { defineChart } from '@/components/charts/manifest-types';
import { describeTrends } from '@/lib/charts/trends/describe';
import { getEgdiViewRows, toEgdiSeries } from '@/lib/charts/trends/egdi';
import { toEgdiPptx } from '@/lib/charts/trends/egdi-pptx';
import { describeEgdi, describeEgdiView, EGDI_MISSING_MESSAGE, getEgdiYears } from '@/lib/charts/trends/egdi-text';
import { toTrendsInput } from '@/lib/charts/trends/input';
import { toTrendsPptx } from '@/lib/charts/trends/pptx';
import {
  checkTrendsView,
  getDefaultView,
  getTrendsFigure,
  getTrendsView,
  getTrendsViewRows,
  toTrendsQuery,
} from '@/lib/charts/trends/view';
import { formatList } from '@/lib/format';
import { getTranslator } from '@/lib/i18n/translator';
import { getTrendsChartData } from './data';
import { renderEgdiSvg } from './egdi-render';
import { TRENDS_META } from './meta';
import { getTrendsMarks, renderTrendsSvg } from './render';
import { loadTrendsSlide } from './slide';
import { TrendsPage } from './trends-page';

export const trendsChart = defineChart({
  ...TRENDS_META,
  getData: getTrendsChartData,
  render: renderTrendsSvg,
  getMarks: getTrendsMarks,
  describe: async (data, locale, view) => {
    const t = await getTranslator(locale, 'trends');
    const shown = view ? getTrendsView(data.rows, view) : getDefaultView(data.rows);
    if (view && getTrendsFigure(view) === 'egdi') {
      return describeEgdi(toEgdiSeries(data.egdi?.rows ?? [], data.rows, shown, locale), getEgdiYears(data), locale, t);
    }
    return describeTrends(toTrendsInput(data, shown, locale, t), locale, t);
  },
  page: { title: 'page.title', lead: 'page.lead', describeWithLead: true, Figure: TrendsPage },
  // What happened next, after the deck's own charts: the default view played a milestone at a time.
  presentation: { loadSlide: loadTrendsSlide },
  // A native line chart of the view (the default one in the lecture), the milestones and stages as shapes over it;
  // with `show=egdi`, of the index in the user's file for the view's countries.
  pptx: {
    getContent: async (data, locale, options) => {
      const query = options?.view ?? new URLSearchParams();
      const t = await getTranslator(locale, 'trends');
      const view = getTrendsView(data.rows, query);
      return getTrendsFigure(query) === 'egdi' ? toEgdiPptx(data, view, locale, t) : toTrendsPptx(data, view, locale, t);
    },
    followsView: true,
  },
  // An embed or image shows the view its URL names: the same countries, axis and years as the page, and the figure `show` names.
  renderView: (options, query) => {
    const data = options.data ?? getTrendsChartData();
    const view = getTrendsView(data.rows, query);
    return getTrendsFigure(query) === 'egdi' ? renderEgdiSvg({ ...options, data, view }) : renderTrendsSvg({ ...options, data, view });
  },
  checkView: (view, data) => checkTrendsView(view, data.rows),
  findMissingData: (view, data) => (getTrendsFigure(view) === 'egdi' && !data.egdi?.rows.length ? EGDI_MISSING_MESSAGE : null),
  // The share panel's CSV of the view: the countries and years shown, each row with its source; the EGDI chart's, the user's own rows.
  viewCsv: {
    getDataset: (query) => (getTrendsFigure(query) === 'egdi' ? 'egdi' : 'internet-users'),
    getRows: (data, query) => {
      const view = getTrendsView(data.rows, query);
      return getTrendsFigure(query) === 'egdi'
        ? getEgdiViewRows(data.egdi?.rows ?? [], data.rows, view)
        : getTrendsViewRows(data.rows, view);
    },
  },
  describeView: async (query, data, locale) => {
    const view = getTrendsView(data.rows, query);
    const t = await getTranslator(locale, 'trends');
    if (getTrendsFigure(query) === 'egdi') {
      return describeEgdiView(toEgdiSeries(data.egdi?.rows ?? [], data.rows, view, locale), getEgdiYears(data), locale, t);
    }
    if (!toTrendsQuery(view, getDefaultView(data.rows))) return null;
    const names = toTrendsInput(data, view, locale, t).series.map((s) => s.name);
    return t('viewDescription', { countries: formatList(names, locale), from: String(view.from), to: String(view.to), axis: view.axis });
  },
  loadViewText: async (query, data, locale) => {
    if (getTrendsFigure(query) !== 'egdi') return null;
    const t = await getTranslator(locale, 'trends');
    return { title: t('egdi.title'), subtitle: t('egdi.subtitle'), source: t('egdi.source', { file: data.egdi?.file ?? '' }) };
  },
});
