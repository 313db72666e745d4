import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTable } from '@/components/charts/chart-table';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { toEgdiSeries } from '@/lib/charts/trends/egdi';
import type { TrendsView } from '@/lib/charts/trends/view';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';
import { EGDI_INDEXES } from '@/lib/datasets/egdi';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { ResponsiveChart } from '@/components/charts/responsive-chart';
import { getTrendsChartData } from './data';
import { renderEgdiSvg } from './egdi-render';
import { TRENDS_META } from './meta';

export const EGDI_FIGURE_ID = 'egdi-chart';

/** The share panel under the EGDI chart: its links draw it (`show=egdi`), and its CSV download is the user's own file. */
const EGDI_SHARE = { ...TRENDS_META, datasets: ['egdi'] as const };
const EGDI_FIGURE = { show: 'egdi' } as const;

/**
 * The UN's EGDI for the countries the page shows, where a user has put the survey's file in DATA_DIR;
 * without it, the one line that says how to add it.
 */
export async function EgdiFigure({ locale, view }: { locale: Locale; view: TrendsView }) {
  const t = await getTranslator(locale, 'trends');
  const data = getTrendsChartData();
  const egdi = data.egdi ?? { rows: [], file: '' };
  if (egdi.rows.length === 0) return <p className="trends-egdi-missing">{t('egdi.missing')}</p>;
  const series = toEgdiSeries(egdi.rows, data.rows, view, locale);
  const [narrow, wide] = await Promise.all(
    [VARIANT_WIDTHS.narrow, VARIANT_WIDTHS.wide].map((width) => renderEgdiSvg({ locale, palette: CSS_PALETTE, width, data, view })),
  );
  return (
    <ChartFrame
      id={EGDI_FIGURE_ID}
      title={t('egdi.title')}
      subtitle={t('egdi.subtitle')}
      source={t('egdi.source', { file: egdi.file })}
      tableLabel={t('table.toggle')}
      share={EGDI_SHARE}
      shareFigure={EGDI_FIGURE}
      table={
        <ChartTable
          caption={t('egdi.title')}
          columns={[
            { label: t('egdi.country') },
            { label: t('egdi.year'), numeric: true },
            { label: t('egdi.rank'), numeric: true },
            ...EGDI_INDEXES.map((index) => ({ label: t(`egdi.indexes.${index}`), numeric: true })),
            { label: t('egdi.participation'), numeric: true },
          ]}
          rows={series.flatMap((s) =>
            s.points.map((point) => ({
              key: `${s.code}-${point.year}`,
              cells: [
                s.name,
                point.year,
                point.rank,
                ...EGDI_INDEXES.map((index) => point.values[index].toFixed(4)),
                point.participation === null ? '—' : point.participation.toFixed(4),
              ],
            })),
          )}
        />
      }
    >
      {series.length > 0 ? <ResponsiveChart narrow={narrow} wide={wide} /> : <p>{t('egdi.noneChosen')}</p>}
    </ChartFrame>
  );
}
