import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CHART_MANIFESTS, ChartFigure, type ChartId } from '@/components/charts/registry';
import type { AnyChartManifest } from '@/components/charts/manifest-types';
import { getOembedAlternate } from '@/lib/charts/embed-oembed';
import { getPageOrigin } from '@/lib/http/page-origin';
import type { Locale } from '@/lib/i18n/routing';

type PageManifest = AnyChartManifest & { page: { title: string; lead: string } };

/** The chart whose page is at `/{locale}/{segment}`; anything else is a 404. The overview's page is the front page. */
function getPageChart(segment: string): PageManifest {
  const chart = (CHART_MANIFESTS as readonly AnyChartManifest[]).find((manifest) => manifest.route === `/${segment}`);
  if (!chart || chart.page.title === undefined || chart.page.lead === undefined) notFound();
  return chart as PageManifest;
}

/** A chart page's title, its description where it has one, and the oEmbed discovery link. */
export async function getChartPageMetadata(segment: string, locale: Locale): Promise<Metadata> {
  const chart = getPageChart(segment);
  const t = await getTranslations({ locale, namespace: chart.namespace });
  return {
    title: t(chart.page.title),
    ...(chart.page.describeWithLead ? { description: t(chart.page.lead) } : {}),
    alternates: getOembedAlternate(await getPageOrigin(), `/${locale}${chart.route}`),
  };
}

export type ChartPageProps = {
  segment: string;
  locale: Locale;
  searchParams: Record<string, string | string[] | undefined>;
};

/** A chart's page: its heading, its lead, its figure and what it shows under the figure. */
export async function ChartPage({ segment, locale, searchParams }: ChartPageProps) {
  const chart = getPageChart(segment);
  const t = await getTranslations({ locale, namespace: chart.namespace });
  const { BelowFigure } = chart.page;
  return (
    <>
      <h1>{t(chart.page.title)}</h1>
      <p className="lead">{t(chart.page.lead)}</p>
      <ChartFigure chart={chart.id as ChartId} locale={locale} searchParams={searchParams} />
      {BelowFigure ? <BelowFigure locale={locale} /> : null}
    </>
  );
}
