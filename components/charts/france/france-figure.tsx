import { ChartFrame } from '@/components/charts/chart-frame';
import type { ChartFigureProps } from '@/components/charts/manifest-types';
import { renderPageVariants } from '@/components/charts/page-variants';
import { readFigureAnnotation } from '@/delivery/image-chart';
import { ResponsiveChartMarkup } from '@/components/charts/responsive-chart';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import { getFranceChartData } from './data';
import { FranceTable } from './france-table';
import { FRANCE_META } from './meta';
import { getFranceNotes } from './notes';
import { renderFranceSvg } from './render';

export type FranceFigureProps = { locale: Locale; headingLevel?: 1 | 2 | 3 };

/** The France chart with its title, source, numbered notes and table. */
export async function FranceFigure({
  locale,
  headingLevel = 2,
  searchParams,
}: FranceFigureProps & { searchParams?: ChartFigureProps['searchParams'] }) {
  const annotation = await readFigureAnnotation('france', searchParams, locale);
  const rows = getFranceChartData();
  const t = await getTranslator(locale, 'france');
  const [[narrow, wide], notes] = await Promise.all([
    renderPageVariants(
      FRANCE_META.id,
      locale,
      (width) => renderFranceSvg({ locale, palette: CSS_PALETTE, width, data: rows, annotation }),
      {
        annotated: annotation !== null,
      },
    ),
    getFranceNotes(rows, locale),
  ]);
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
      share={FRANCE_META}
    >
      <ResponsiveChartMarkup narrow={narrow} wide={wide} />
    </ChartFrame>
  );
}
