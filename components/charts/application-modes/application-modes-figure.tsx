import { ChartFrame } from '@/components/charts/chart-frame';
import type { ChartFigureProps } from '@/components/charts/manifest-types';
import { renderPageVariants } from '@/components/charts/page-variants';
import { readFigureAnnotation } from '@/delivery/image-chart';
import { ResponsiveChartMarkup } from '@/components/charts/responsive-chart';
import { getModeMarker, getModeNotes } from '@/lib/charts/application-modes/notes';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { MODE_IDS } from '@/lib/datasets/application-modes';
import { getTranslator } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import { ApplicationModesTable } from './application-modes-table';
import { APPLICATION_MODES_META } from './meta';
import { getApplicationModesChartData } from './data';
import { renderApplicationModesSvg } from './render';

export type ApplicationModesFigureProps = { locale: Locale; headingLevel?: 1 | 2 | 3 };

/** The application-modes tree with its title, source, the definition slip as a note, and a table. */
export async function ApplicationModesFigure({
  locale,
  headingLevel = 2,
  searchParams,
}: ApplicationModesFigureProps & { searchParams?: ChartFigureProps['searchParams'] }) {
  const annotation = await readFigureAnnotation('application-modes', searchParams, locale);
  const rows = getApplicationModesChartData();
  const t = await getTranslator(locale, 'applicationModes');
  const [narrow, wide] = await renderPageVariants(
    APPLICATION_MODES_META.id,
    locale,
    (width) => renderApplicationModesSvg({ locale, palette: CSS_PALETTE, width, data: rows, annotation }),
    { annotated: annotation !== null },
  );
  const notes = getModeNotes(rows, locale);
  const markers = Object.fromEntries(MODE_IDS.map((id) => [id, getModeMarker(notes, id)]));
  return (
    <ChartFrame
      id="application-modes"
      title={t('title')}
      subtitle={t('subtitle')}
      source={t('source')}
      notes={notes.map(({ marker, text }) => ({ marker, text }))}
      tableLabel={t('tableLabel')}
      table={<ApplicationModesTable rows={rows} locale={locale} t={t} markers={markers} />}
      headingLevel={headingLevel}
      share={APPLICATION_MODES_META}
    >
      <ResponsiveChartMarkup narrow={narrow} wide={wide} />
    </ChartFrame>
  );
}
