import { getTranslations } from 'next-intl/server';
import { describeColumns, getDatasetCredit, getDatasetSource } from '@/lib/datasets/catalogue';
import { loadDataset } from '@/lib/datasets/load';
import { DATASETS, type DatasetId } from '@/lib/datasets/registry';
import { LocaleLink } from '@/components/site/locale-link';
import type { Locale } from '@/lib/i18n/routing';
import { ColumnsTable } from './columns-table';
import { DataDirNotice } from './data-dir-notice';
import { DatasetDownloads } from './dataset-downloads';
import { DatasetMeta } from './dataset-meta';
import { RowsTable } from './rows-table';
import { localized } from '@/lib/i18n/localized';

const PREVIEW_ROWS = 5;

/** One dataset in the catalogue: what it is, its columns, its first rows, downloads and sources. */
export async function DatasetSection({ id, locale }: { id: DatasetId; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'data' });
  const definition = DATASETS[id];
  const loaded = loadDataset(id);
  const title = localized(definition, 'title', locale);
  const columns = describeColumns(id);
  const preview = loaded.rows.slice(0, PREVIEW_ROWS) as unknown as Record<string, unknown>[];
  return (
    <section className="dataset-section" id={`dataset-${id}`} aria-labelledby={`dataset-${id}-title`}>
      <h2 id={`dataset-${id}-title`}>
        <LocaleLink locale={locale} href={`/data/${id}`}>
          {title}
        </LocaleLink>
      </h2>
      <p className="lead">{localized(definition, 'description', locale)}</p>
      <DatasetMeta
        rows={loaded.rows.length}
        file={loaded.file}
        slides={getDatasetSource(id).slides}
        credit={getDatasetCredit(id, locale)}
        locale={locale}
      />
      <DatasetDownloads id={id} locale={locale} />
      <DataDirNotice loaded={loaded} locale={locale} />
      {/* On a phone the columns and the preview fold under their headings, so each dataset takes about one screen. */}
      <details className="dataset-fold">
        <summary>
          <h3>{t('sectionColumns')}</h3>
        </summary>
        <div className="table-scroll" tabIndex={0}>
          <ColumnsTable columns={columns} locale={locale} caption={t('columnsCaption', { title })} />
        </div>
      </details>
      <details className="dataset-fold">
        <summary>
          <h3>{t('sectionPreview')}</h3>
        </summary>
        <div className="table-scroll" tabIndex={0}>
          <RowsTable
            columns={columns}
            rows={preview}
            locale={locale}
            caption={t('previewCaption', { title, count: preview.length })}
            compact
          />
        </div>
      </details>
      <p className="dataset-open">
        <LocaleLink locale={locale} href={`/data/${id}`}>
          {t('open', { title })}
        </LocaleLink>
      </p>
    </section>
  );
}
