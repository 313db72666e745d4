import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ApplicationModesFigure } from '@/components/charts/application-modes/application-modes-figure';
import { getOembedAlternate } from '@/lib/charts/embed-oembed';
import { getPageOrigin } from '@/lib/http/page-origin';
import type { Locale } from '@/lib/i18n/routing';

type PageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'applicationModes' });
  return {
    title: t('pageTitle'),
    description: t('lead'),
    alternates: getOembedAlternate(await getPageOrigin(), `/${locale}/application-modes`),
  };
}

export default async function ApplicationModesPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'applicationModes' });
  return (
    <>
      <h1>{t('pageTitle')}</h1>
      <p className="lead">{t('lead')}</p>
      <ApplicationModesFigure locale={locale} headingLevel={2} />
    </>
  );
}
