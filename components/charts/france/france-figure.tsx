import { ChartFrame } from '@/components/charts/chart-frame';
import { renderPageVariants } from '@/components/charts/page-variants';
import { ResponsiveChart } from '@/components/charts/responsive-chart';
import { toFranceFigures } from '@/lib/charts/france/figures';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import { getFranceChartData } from './data';
import { FranceTable } from './france-table';
import { renderFranceSvg } from './render';

export type FranceFigureProps = { locale: Locale; headingLevel?: 1 | 2 | 3 };

/** The France chart with its title, source, numbered notes and table. */
export async function FranceFigure({ locale, headingLevel = 2 }: FranceFigureProps) {
  const rows = getFranceChartData();
  const t = await getTranslator(locale, 'france');
  const [narrow, wide] = await renderPageVariants('france', locale, (width) =>
    renderFranceSvg({ locale, palette: CSS_PALETTE, width, data: rows }),
  );
  const notes = toFranceFigures(rows, locale).notes.map(({ marker, text }) => ({ marker, text }));
  return (
    <ChartFrame
      id="france"
      title={t('title')}
      subtitle={t('subtitle')}
      source={t('source')}
      notes={notes}
      tableLabel={t('tableLabel')}
      table={<FranceTable rows={rows} locale={locale} t={t} />}
      headingLevel={headingLevel}
      chartId="france"
    >
      <ResponsiveChart narrow={narrow} wide={wide} />
    </ChartFrame>
  );
}
