import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TimelineFigure } from '@/components/charts/timeline/timeline-figure';
import type { Locale } from '@/lib/i18n/routing';

type TimelinePageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: TimelinePageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'timeline.page' });
  return { title: t('title') };
}

export default async function TimelinePage({ params }: TimelinePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'timeline.page' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <TimelineFigure locale={locale} />
    </>
  );
}
