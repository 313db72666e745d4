import { getTranslations } from 'next-intl/server';
import { ChartFrame } from '@/components/charts/chart-frame';
import type { ChartFigureProps } from '@/components/charts/manifest-types';
import { renderPageVariants } from '@/components/charts/page-variants';
import { readFigureAnnotation } from '@/delivery/image-chart';
import { ResponsiveChartMarkup } from '@/components/charts/responsive-chart';
import { CSS_PALETTE } from '@/lib/charts/palette';
import type { Locale } from '@/lib/i18n/routing';
import { getCoverageLevels } from '@/lib/charts/coverage/labels';
import { CoverageTable } from './coverage-table';
import { getCoverageChartData } from './data';
import { COVERAGE_META } from './meta';
import { getCoverageNotes } from './notes';
import { renderCoverageSvg } from './render';

export const COVERAGE_FIGURE_ID = 'coverage-chart';

/** Website coverage by level with its title, source, notes and table: a phone layout and a wide one in the HTML. */
export async function CoverageFigure({
  locale,
  headingLevel = 2,
  searchParams,
}: { locale: Locale; headingLevel?: 1 | 2 | 3 } & { searchParams?: ChartFigureProps['searchParams'] }) {
  const annotation = await readFigureAnnotation('coverage', searchParams, locale);
  const data = getCoverageChartData();
  const t = await getTranslations({ locale, namespace: 'coverage' });
  const [[narrow, wide], notes] = await Promise.all([
    renderPageVariants(COVERAGE_META.id, locale, (width) => renderCoverageSvg({ locale, palette: CSS_PALETTE, width, data, annotation }), {
      annotated: annotation !== null,
    }),
    getCoverageNotes(data, locale),
  ]);
  return (
    <ChartFrame
      id={COVERAGE_FIGURE_ID}
      title={t('title')}
      subtitle={t('subtitle')}
      source={t('source')}
      notes={notes}
      tableLabel={t('table.toggle')}
      table={<CoverageTable levels={getCoverageLevels(data, locale, t)} t={t} figureId={COVERAGE_FIGURE_ID} />}
      headingLevel={headingLevel}
      share={COVERAGE_META}
    >
      <ResponsiveChartMarkup narrow={narrow} wide={wide} />
    </ChartFrame>
  );
}
