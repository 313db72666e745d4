import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTable } from '@/components/charts/chart-table';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { layoutEgdi, toEgdiSeries } from '@/lib/charts/trends/egdi';
import type { TrendsView } from '@/lib/charts/trends/view';
import { VARIANT_WIDTHS } from '@/lib/charts/variants';
import { EGDI_INDEXES } from '@/lib/datasets/egdi';
import { loadDataset, loadRows } from '@/lib/datasets/load';
import { formatList } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { ResponsiveChart } from '@/components/charts/responsive-chart';
import { EgdiChart } from './egdi-chart';

export const EGDI_FIGURE_ID = 'egdi-chart';

/**
 * The UN's EGDI for the countries the page shows, where a user has put the survey's file in DATA_DIR;
 * without it, the one line that says how to add it.
 */
export async function EgdiFigure({ locale, view }: { locale: Locale; view: TrendsView }) {
  const t = await getTranslator(locale, 'trends');
  const loaded = loadDataset('egdi');
  if (loaded.rows.length === 0) return <p className="trends-egdi-missing">{t('egdi.missing')}</p>;
  const series = toEgdiSeries(loaded.rows, loadRows('internet-users'), view, locale);
  const years = [...new Set(loaded.rows.map((row) => row['Survey Year']))].sort((a, b) => a - b);
  const description = t('egdi.describe', {
    countries: formatList(
      series.map((s) => s.name),
      locale,
    ),
    years: formatList(years.map(String), locale),
  });
  const [narrow, wide] = [VARIANT_WIDTHS.narrow, VARIANT_WIDTHS.wide].map((width) => (
    <EgdiChart
      key={width}
      layout={layoutEgdi(series, t, { width })}
      title={t('egdi.title')}
      description={description}
      palette={CSS_PALETTE}
    />
  ));
  return (
    <ChartFrame
      id={EGDI_FIGURE_ID}
      title={t('egdi.title')}
      subtitle={t('egdi.subtitle')}
      source={t('egdi.source', { file: loaded.file })}
      tableLabel={t('table.toggle')}
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
