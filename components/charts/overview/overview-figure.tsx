import 'server-only';
import { ChartFrame } from '@/components/charts/chart-frame';
import { renderPageVariants } from '@/components/charts/page-variants';
import { ResponsiveChart } from '@/components/charts/responsive-chart';
import { CHART_RENDERERS, loadChartText } from '@/components/charts/registry';
import { getChartNames } from '@/lib/charts/chart-names';
import { getHeadlines } from '@/lib/charts/overview/headlines';
import { CSS_PALETTE } from '@/lib/charts/palette';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { getOverviewChartData } from './data';
import { OverviewTable } from './overview-table';

export const OVERVIEW_FIGURE_ID = 'overview-chart';

/** The five charts small, each under its headline number: the overview page's figure, with its share panel. */
export async function OverviewFigure({ locale, headingLevel = 2 }: { locale: Locale; headingLevel?: 1 | 2 | 3 }) {
  const data = getOverviewChartData();
  const t = await getTranslator(locale, 'share.overview');
  const text = await loadChartText('overview', locale);
  const render = CHART_RENDERERS.overview!;
  const [narrow, wide] = await renderPageVariants('overview', locale, (width) =>
    render({ locale, palette: CSS_PALETTE, width, data: data as never, links: 'same-tab' }),
  );
  const chartNames = await getChartNames(locale);
  return (
    <ChartFrame
      id={OVERVIEW_FIGURE_ID}
      title={text.title}
      subtitle={text.subtitle}
      source={text.source}
      tableLabel={t('table.toggle')}
      table={<OverviewTable headlines={getHeadlines(data, locale, t)} locale={locale} t={t} chartNames={chartNames} />}
      headingLevel={headingLevel}
      chartId="overview"
    >
      <ResponsiveChart narrow={narrow} wide={wide} />
    </ChartFrame>
  );
}
