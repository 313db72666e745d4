import 'server-only';
import { ChartFrame } from '@/components/charts/chart-frame';
import { renderPageVariants } from '@/components/charts/page-variants';
import { ResponsiveChartMarkup } from '@/components/charts/responsive-chart';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { getTranslator } from '@/lib/i18n/translator';
import { getChartNames, loadChartText } from '../chart-text';
import type { ChartFigureProps } from '../manifest-types';
import { getOverviewChartData } from './data';
import { getOverviewHeadlines } from './headlines';
import { OVERVIEW_META } from './meta';
import { OverviewTable } from './overview-table';
import { renderOverviewSvg } from './render';
import { getOverviewThumbnailsHref } from './thumbnails-href';

export const OVERVIEW_FIGURE_ID = 'overview-chart';

/** The charts small, each under its headline number: the overview page's figure, with its share panel. */
export async function OverviewFigure({ locale, charts }: Pick<ChartFigureProps, 'locale' | 'charts'>) {
  const data = getOverviewChartData(charts);
  const t = await getTranslator(locale, 'share.overview');
  const text = await loadChartText(OVERVIEW_META, locale);
  const [narrow, wide] = await renderPageVariants(OVERVIEW_META.id, locale, (width) =>
    renderOverviewSvg({ locale, palette: CSS_PALETTE, width, data, links: 'same-tab' }, charts, {
      thumbnailsHref: getOverviewThumbnailsHref(locale),
    }),
  );
  const chartNames = await getChartNames(charts, locale);
  const routes = Object.fromEntries(charts.map((chart) => [chart.id, chart.route]));
  return (
    <ChartFrame
      id={OVERVIEW_FIGURE_ID}
      title={text.title}
      subtitle={text.subtitle}
      source={text.source}
      tableLabel={t('table.toggle')}
      table={
        <OverviewTable
          headlines={await getOverviewHeadlines(charts, data, locale)}
          locale={locale}
          t={t}
          chartNames={chartNames}
          routes={routes}
        />
      }
      headingLevel={2}
      share={OVERVIEW_META}
    >
      <ResponsiveChartMarkup narrow={narrow} wide={wide} />
    </ChartFrame>
  );
}
