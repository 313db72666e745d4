import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TimelineExplorerFigure } from '@/components/charts/timeline/timeline-explorer-figure';
import { getOembedAlternate } from '@/lib/charts/embed-oembed';
import { getPageOrigin } from '@/lib/http/page-origin';
import type { Locale } from '@/lib/i18n/routing';

type TimelinePageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: TimelinePageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'timeline.page' });
  return { title: t('title'), alternates: getOembedAlternate(await getPageOrigin(), `/${locale}/timeline`) };
}

export default async function TimelinePage({ params, searchParams }: TimelinePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'timeline.page' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <TimelineExplorerFigure locale={locale} searchParams={await searchParams} />
    </>
  );
}
