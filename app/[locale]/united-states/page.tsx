import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { UnitedStatesFigure } from '@/components/charts/united-states/united-states-figure';
import { getOembedAlternate } from '@/lib/charts/embed-oembed';
import { getPageOrigin } from '@/lib/http/page-origin';
import type { Locale } from '@/lib/i18n/routing';

type UnitedStatesPageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: UnitedStatesPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'unitedStates.page' });
  return { title: t('title'), alternates: getOembedAlternate(await getPageOrigin(), `/${locale}/united-states`) };
}

export default async function UnitedStatesPage({ params }: UnitedStatesPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'unitedStates.page' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <UnitedStatesFigure locale={locale} />
    </>
  );
}
