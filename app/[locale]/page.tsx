import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DatasetList } from '@/components/data/dataset-list';
import type { Locale } from '@/lib/i18n/routing';

export default async function OverviewPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'pages.overview' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <DatasetList locale={locale} />
    </>
  );
}
