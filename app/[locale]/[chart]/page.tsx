import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { ChartPage, getChartPageMetadata } from '@/delivery/chart-page';
import type { Locale } from '@/lib/i18n/routing';

type PageProps = {
  params: Promise<{ locale: Locale; chart: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, chart } = await params;
  return getChartPageMetadata(chart, locale);
}

/** Every chart's page but the overview's (the front page): one route, the chart found by its manifest's route. */
export default async function Page({ params, searchParams }: PageProps) {
  const { locale, chart } = await params;
  setRequestLocale(locale);
  return <ChartPage segment={chart} locale={locale} searchParams={await searchParams} />;
}
