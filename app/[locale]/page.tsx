import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DatasetList } from '@/components/data/dataset-list';
import { HeadlineFigures } from '@/components/overview/headline-figures';
import type { Locale } from '@/lib/i18n/routing';

export default async function OverviewPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'pages.overview' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <HeadlineFigures locale={locale} />
      <section aria-labelledby="datasets-title">
        <h2 id="datasets-title">{t('datasetsTitle')}</h2>
        <DatasetList locale={locale} />
      </section>
    </>
  );
}
