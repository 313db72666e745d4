import { ChartFrame } from '@/components/charts/chart-frame';
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
        <table className="data-table">
          <caption>{t('egdi.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('egdi.country')}</th>
              <th scope="col" className="num">
                {t('egdi.year')}
              </th>
              <th scope="col" className="num">
                {t('egdi.rank')}
              </th>
              {EGDI_INDEXES.map((index) => (
                <th key={index} scope="col" className="num">
                  {t(`egdi.indexes.${index}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('egdi.participation')}
              </th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((s) =>
              s.points.map((point) => (
                <tr key={`${s.code}-${point.year}`}>
                  <th scope="row">{s.name}</th>
                  <td className="num">{point.year}</td>
                  <td className="num">{point.rank}</td>
                  {EGDI_INDEXES.map((index) => (
                    <td key={index} className="num">
                      {point.values[index].toFixed(4)}
                    </td>
                  ))}
                  <td className="num">{point.participation === null ? '—' : point.participation.toFixed(4)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      }
    >
      {series.length > 0 ? <ResponsiveChart narrow={narrow} wide={wide} /> : <p>{t('egdi.noneChosen')}</p>}
    </ChartFrame>
  );
}
