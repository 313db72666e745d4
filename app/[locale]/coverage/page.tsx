import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CoverageFigure } from '@/components/charts/coverage/coverage-figure';
import { getOembedAlternate } from '@/lib/charts/embed-oembed';
import { getPageOrigin } from '@/lib/http/page-origin';
import type { Locale } from '@/lib/i18n/routing';

type CoveragePageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: CoveragePageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'coverage.page' });
  return { title: t('title'), alternates: getOembedAlternate(await getPageOrigin(), `/${locale}/coverage`) };
}

export default async function CoveragePage({ params }: CoveragePageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'coverage.page' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <CoverageFigure locale={locale} />
    </>
  );
}
