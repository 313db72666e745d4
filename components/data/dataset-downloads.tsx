import { getTranslations } from 'next-intl/server';
import type { DatasetId } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';

export type DatasetDownloadsProps = { id: DatasetId; locale: Locale; withTemplates?: boolean };

/** Links to the dataset as CSV (with a BOM for Excel) and JSON, and optionally templates to fill in. */
export async function DatasetDownloads({ id, locale, withTemplates = false }: DatasetDownloadsProps) {
  const t = await getTranslations({ locale, namespace: 'data' });
  const api = `/api/datasets/${id}`;
  return (
    <ul className="dataset-downloads" aria-label={t('downloads')}>
      <li>
        <a href={`${api}?format=csv`} download>
          {t('downloadCsv')}
        </a>
      </li>
      <li>
        <a href={api} type="application/json">
          {t('downloadJson')}
        </a>
      </li>
      {withTemplates ? (
        <>
          <li>
            <a href={`${api}?format=template`} download>
              {t('downloadTemplate')}
            </a>
          </li>
          <li>
            <a href={`${api}?format=template&header=zh`} download>
              {t('downloadTemplateZh')}
            </a>
          </li>
        </>
      ) : null}
    </ul>
  );
}
