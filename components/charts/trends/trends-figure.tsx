import { ChartFrame } from '@/components/charts/chart-frame';
import type { ChartFigureProps } from '@/components/charts/manifest-types';
import { drawVariants, renderPageVariants, type VariantMarkup } from '@/components/charts/page-variants';
import { ResponsiveChartMarkup } from '@/components/charts/responsive-chart';
import { readFigureAnnotation } from '@/delivery/image-chart';
import { CSS_PALETTE } from '@/lib/charts/palette';
import { getCountryName, toTrendsInput } from '@/lib/charts/trends/input';
import { getCountryCodes, getDefaultView, getTrendsView, getYearRange, toTrendsQuery } from '@/lib/charts/trends/view';
import { formatSlideRanges } from '@/lib/format';
import { getTranslator } from '@/lib/i18n/translator';
import { getTrendsChartData, type TrendsChartData } from './data';
import { TRENDS_META } from './meta';
import { renderTrendsSvg } from './render';
import { TrendsControls } from './trends-controls';
import { TrendsTable } from './trends-table';
import './trends.css';

export const TRENDS_FIGURE_ID = 'trends-chart';

/** The deck's slides behind what is laid over the data: the milestones drawn and the stages. */
export function getTrendsSlides(data: TrendsChartData, eventIds: readonly string[]): number[] {
  return [...data.milestones.filter((row) => eventIds.includes(row.id)), ...data.stages].map((row) => row.source_slide);
}

/**
 * The trends page's figure: the view the URL asks for (countries, axis, years), drawn on the server
 * for phones and wider screens, with the form that changes it, its table and its credit.
 */
export async function TrendsFigure({ locale, searchParams }: Pick<ChartFigureProps, 'locale' | 'searchParams'>) {
  const data = getTrendsChartData();
  const t = await getTranslator(locale, 'trends');
  const defaults = getDefaultView(data.rows);
  const view = getTrendsView(data.rows, searchParams);
  const input = toTrendsInput(data, view, locale, t);
  const annotation = await readFigureAnnotation('trends', searchParams, locale);
  const draw = (width: number) => renderTrendsSvg({ locale, palette: CSS_PALETTE, width, data, view, annotation });
  // The page as it opens is drawn once per data; another view, or an annotated one, is drawn for its request.
  const [narrow, wide]: VariantMarkup =
    toTrendsQuery(view, defaults) || annotation
      ? await (async () => {
          const { renderToStaticMarkup } = await import('react-dom/server');
          return (await drawVariants(draw)).map((element) => renderToStaticMarkup(element)) as VariantMarkup;
        })()
      : await renderPageVariants(TRENDS_META.id, locale, draw);
  const countries = getCountryCodes(data.rows).map((code) => ({
    code,
    name: getCountryName(
      data.rows.find((row) => row.code === code)!,
      locale,
    ),
  }));
  const events = input.events.map((event) => ({ ...event, slide: data.milestones.find((row) => row.id === event.id)!.source_slide }));
  return (
    <ChartFrame
      id={TRENDS_FIGURE_ID}
      title={t('title')}
      subtitle={t('subtitle')}
      source={t('source', {
        slides: formatSlideRanges(
          getTrendsSlides(
            data,
            events.map((event) => event.id),
          ),
          locale,
        ),
      })}
      tableLabel={t('table.toggle')}
      table={<TrendsTable series={input.series} events={events} view={view} locale={locale} t={t} />}
      headingLevel={2}
      share={TRENDS_META}
    >
      <TrendsControls
        countries={countries}
        view={view}
        defaults={defaults}
        years={getYearRange(data.rows)}
        labels={{
          label: t('controls.label'),
          countries: t('controls.countries'),
          axis: t('controls.axis'),
          linear: t('controls.linear'),
          log: t('controls.log'),
          from: t('controls.from', { year: '{year}' }),
          to: t('controls.to', { year: '{year}' }),
          apply: t('controls.apply'),
          play: t('controls.play'),
          stop: t('controls.stop'),
          playing: t('controls.playing', { year: '{year}' }),
        }}
      />
      <ResponsiveChartMarkup narrow={narrow} wide={wide} />
    </ChartFrame>
  );
}
