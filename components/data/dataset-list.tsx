import { getTranslations } from 'next-intl/server';
import { getDatasetSummaries } from '@/lib/datasets/catalogue';
import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';

/** Every dataset with its row count and links to its JSON and CSV. */
export async function DatasetList({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'data' });
  const datasets = getDatasetSummaries();
  return (
    <ul className="dataset-list">
      {datasets.map((dataset) => (
        <li key={dataset.id} id={`dataset-${dataset.id}`}>
          <strong>{localized(dataset, 'title', locale)}</strong>{' '}
          <span className="dataset-list__rows">{t('rows', { count: dataset.rows })}</span>
          {' · '}
          <a href={`/api/datasets/${dataset.id}`}>{t('downloadJson')}</a>
          {' · '}
          <a href={`/api/datasets/${dataset.id}?format=csv`} download>
            {t('downloadCsv')}
          </a>
        </li>
      ))}
    </ul>
  );
}
