import { getTranslations } from 'next-intl/server';
import { ChartFrame } from '@/components/charts/chart-frame';
import type { ChartFigureProps } from '@/components/charts/manifest-types';
import { renderPageVariants } from '@/components/charts/page-variants';
import { readFigureAnnotation } from '@/delivery/image-chart';
import { ResponsiveChartMarkup } from '@/components/charts/responsive-chart';
import { CSS_PALETTE } from '@/lib/charts/palette';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { getUnitedStatesChartData } from './data';
import { UNITED_STATES_META } from './meta';
import { getUnitedStatesNotes } from './notes';
import { renderUnitedStatesSvg } from './render';
import { UnitedStatesTable } from './united-states-table';

export const UNITED_STATES_FIGURE_ID = 'united-states-chart';

/** The six US figures with their title, source, notes and table: a phone layout and a wide one in the HTML. */
export async function UnitedStatesFigure({
  locale,
  headingLevel = 2,
  searchParams,
}: { locale: Locale; headingLevel?: 1 | 2 | 3 } & { searchParams?: ChartFigureProps['searchParams'] }) {
  const annotation = await readFigureAnnotation('united-states', searchParams, locale);
  const data = getUnitedStatesChartData();
  const t = await getTranslations({ locale, namespace: 'unitedStates' });
  const translate = await getTranslator(locale, 'unitedStates');
  const [[narrow, wide], notes] = await Promise.all([
    renderPageVariants(
      UNITED_STATES_META.id,
      locale,
      (width) => renderUnitedStatesSvg({ locale, palette: CSS_PALETTE, width, data, annotation }),
      {
        annotated: annotation !== null,
      },
    ),
    getUnitedStatesNotes(data, locale),
  ]);
  return (
    <ChartFrame
      id={UNITED_STATES_FIGURE_ID}
      title={t('title')}
      subtitle={t('subtitle')}
      source={t('source')}
      notes={notes}
      tableLabel={t('table.toggle')}
      table={<UnitedStatesTable rows={data} locale={locale} t={translate} figureId={UNITED_STATES_FIGURE_ID} />}
      headingLevel={headingLevel}
      share={UNITED_STATES_META}
    >
      <ResponsiveChartMarkup narrow={narrow} wide={wide} />
    </ChartFrame>
  );
}
