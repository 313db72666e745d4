import type { ChartFigureProps } from '@/components/charts/manifest-types';
import { TrendsFigure } from './trends-figure';

/** The trends page under its heading: internet use with the deck's milestones. */
export async function TrendsPage({ locale, searchParams }: ChartFigureProps) {
  return <TrendsFigure locale={locale} searchParams={searchParams} />;
}
