import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChartFigure } from '@/components/charts/registry';
import { DatasetList } from '@/components/data/dataset-list';
import { HeadlineFigures } from '@/components/overview/headline-figures';
import { getOembedAlternate } from '@/lib/charts/embed-oembed';
import { getPageOrigin } from '@/lib/http/page-origin';
import { getLecturePptxPath } from '@/lib/pptx/params';
import type { Locale } from '@/lib/i18n/routing';

type OverviewPageProps = { params: Promise<{ locale: Locale }> };

/** The overview is a chart page too: oEmbed consumers find its chart from its URL. */
export async function generateMetadata({ params }: OverviewPageProps): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: getOembedAlternate(await getPageOrigin(), `/${locale}`) };
}

export default async function OverviewPage({ params }: OverviewPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'pages.overview' });
  const tp = await getTranslations({ locale, namespace: 'pptx' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p className="overview-download">
        <a href={getLecturePptxPath(locale)} download>
          {tp('download')}
        </a>{' '}
        <span className="overview-download__hint">{tp('downloadHint')}</span>
      </p>
      <ChartFigure chart="overview" locale={locale} />
      <HeadlineFigures locale={locale} />
      <section aria-labelledby="datasets-title">
        <h2 id="datasets-title">{t('datasetsTitle')}</h2>
        <DatasetList locale={locale} />
      </section>
    </>
  );
}
