import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DatasetSection } from '@/components/data/dataset-section';
import { getLiveVersion, LiveData } from '@/components/data/live-data';
import { loadDataset } from '@/lib/datasets/load';
import { DATASETS, DATASET_IDS } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';
import '@/components/data/data.css';
import { localized } from '@/lib/i18n/localized';

// Rendered per request, so that DATA_DIR given at `npm start` (not at build) is what the page shows.
export const dynamic = 'force-dynamic';

type DataPageProps = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: DataPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'data' });
  return { title: t('title') };
}

export default async function DataPage({ params }: DataPageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'data' });
  // Taken before the rows, so the page is never older than what the live poll starts from.
  const version = getLiveVersion(DATASET_IDS);
  const rejected = DATASET_IDS.filter((id) => loadDataset(id).rejected !== null);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <LiveData ids={DATASET_IDS} version={version} locale={locale} />
      {rejected.length > 0 ? (
        <p className="data-notice data-notice--problem" role="note">
          {t('rejectedSummary', { count: rejected.length })}{' '}
          {rejected.map((id, i) => (
            <span key={id}>
              {i > 0 ? t('problem.separator') : null}
              <a href={`#dataset-${id}`}>{localized(DATASETS[id], 'title', locale)}</a>
            </span>
          ))}
        </p>
      ) : null}
      <nav aria-labelledby="data-contents">
        <h2 id="data-contents" className="visually-hidden">
          {t('contents')}
        </h2>
        <ul className="data-toc">
          {DATASET_IDS.map((id) => (
            <li key={id}>
              <a href={`#dataset-${id}`}>{localized(DATASETS[id], 'title', locale)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {DATASET_IDS.map((id) => (
        <DatasetSection key={id} id={id} locale={locale} />
      ))}
    </>
  );
}
