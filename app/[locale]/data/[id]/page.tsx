import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ColumnsTable } from '@/components/data/columns-table';
import { DataDirNotice } from '@/components/data/data-dir-notice';
import { ChartPageLink } from '@/components/data/chart-page-link';
import { getDatasetChart } from '@/components/data/dataset-charts';
import { DatasetDownloads } from '@/components/data/dataset-downloads';
import { DatasetMeta } from '@/components/data/dataset-meta';
import { getLiveVersion, LiveData } from '@/components/data/live-data';
import { renderDatasetPreview } from '@/components/data/dataset-preview';
import { RowsTable } from '@/components/data/rows-table';
import { UploadWorkbench } from '@/components/upload/upload-workbench';
import { UPLOAD_LIMITS } from '@/lib/csv/validate-upload';
import { describeColumns, getDatasetCredit, getDatasetSource } from '@/lib/datasets/catalogue';
import { loadDataset } from '@/lib/datasets/load';
import { DATASETS, isDatasetId } from '@/lib/datasets/registry';
import { ClientMessages } from '@/components/site/client-messages';
import { LocaleLink } from '@/components/site/locale-link';
import type { Locale } from '@/lib/i18n/routing';
import '@/components/data/data.css';
import { localized } from '@/lib/i18n/localized';

// Rendered per request, so that DATA_DIR given at `npm start` (not at build) is what the page shows.
export const dynamic = 'force-dynamic';

type DatasetPageProps = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: DatasetPageProps): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isDatasetId(id)) return {};
  return { title: localized(DATASETS[id], 'title', locale) };
}

export default async function DatasetPage({ params }: DatasetPageProps) {
  const { locale, id } = await params;
  if (!isDatasetId(id)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'data' });
  const definition = DATASETS[id];
  // Taken before the rows, so the page is never older than what the live poll starts from.
  const version = getLiveVersion([id]);
  const loaded = loadDataset(id);
  const title = localized(definition, 'title', locale);
  const columns = describeColumns(id);
  const columnLabels = Object.fromEntries(columns.map((c) => [c.name, localized(c, 'label', locale)]));
  const chart = getDatasetChart(id);
  // The shipped rows are in full in the table below; the chart area shows only the chart.
  const shipped = chart ? (await renderDatasetPreview({ id, locale, rows: loaded.rows, withTable: false })).element : null;

  return (
    <>
      <p className="back-link">
        <LocaleLink locale={locale} href="/data">
          ← {t('backToCatalogue')}
        </LocaleLink>
      </p>
      <h1>{title}</h1>
      <p className="lead">{localized(definition, 'description', locale)}</p>
      <DatasetMeta
        rows={loaded.rows.length}
        file={loaded.file}
        slides={getDatasetSource(id).slides}
        credit={getDatasetCredit(id, locale)}
        locale={locale}
      />
      <DatasetDownloads id={id} locale={locale} withTemplates />
      <DataDirNotice loaded={loaded} locale={locale} />
      <LiveData ids={[id]} version={version} locale={locale} />

      <section className="dataset-section" aria-labelledby="dataset-preview-title">
        <h2 id="dataset-preview-title">{chart ? t('sectionChart') : t('sectionPreview')}</h2>
        {chart ? (
          <p className="dataset-section__note">
            <ChartPageLink chart={chart.chart} locale={locale} />
          </p>
        ) : null}
        <ClientMessages locale={locale} paths={['upload']}>
          <UploadWorkbench datasetId={id} maxBytes={UPLOAD_LIMITS.bytes} columnLabels={columnLabels} hasChart={chart !== null}>
            {shipped ?? <p className="dataset-section__note">{t('noChartShipped')}</p>}
          </UploadWorkbench>
        </ClientMessages>
      </section>

      {/* On a phone the columns fold under their heading: the rows are what the page is for. */}
      <section className="dataset-section" aria-labelledby="dataset-columns-title">
        <details className="dataset-fold">
          <summary>
            <h2 id="dataset-columns-title">{t('sectionColumns')}</h2>
          </summary>
          <div className="table-scroll" tabIndex={0}>
            <ColumnsTable columns={columns} locale={locale} caption={t('columnsCaption', { title })} />
          </div>
        </details>
      </section>

      <section className="dataset-section" aria-labelledby="dataset-rows-title">
        <h2 id="dataset-rows-title">{loaded.origin === 'data-dir' ? t('sectionRowsFrom', { file: loaded.file }) : t('sectionRows')}</h2>
        {loaded.rows.length === 0 ? (
          <p className="dataset-section__note">{t('noRows')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <RowsTable
              columns={columns}
              rows={loaded.rows as unknown as Record<string, unknown>[]}
              locale={locale}
              caption={t('rowsCaption', { title, count: loaded.rows.length })}
            />
          </div>
        )}
      </section>
    </>
  );
}
