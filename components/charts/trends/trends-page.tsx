import type { ChartFigureProps } from '@/components/charts/manifest-types';
import { getTrendsView } from '@/lib/charts/trends/view';
import { getTrendsChartData } from './data';
import { EgdiFigure } from './egdi-figure';
import { TrendsFigure } from './trends-figure';

/** The trends page under its heading: internet use with the deck's milestones, then the UN's EGDI where a user has its file. */
export async function TrendsPage({ locale, searchParams }: ChartFigureProps) {
  const view = getTrendsView(getTrendsChartData().rows, searchParams);
  return (
    <>
      <TrendsFigure locale={locale} searchParams={searchParams} />
      <EgdiFigure locale={locale} view={view} />
    </>
  );
}
