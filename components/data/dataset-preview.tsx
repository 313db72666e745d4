import 'server-only';
import type { ReactElement } from 'react';
import { drawVariants } from '@/components/charts/page-variants';
import { ResponsiveChart } from '@/components/charts/responsive-chart';
import { describeColumns } from '@/lib/datasets/catalogue';
import { DATASETS, type DatasetId, type RowOf } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { getDatasetChart } from './dataset-charts';
import { RowsTable } from './rows-table';
import { localized } from '@/lib/i18n/localized';

export type ChartState = 'drawn' | 'none' | 'failed' | 'too_many';

export type DatasetPreviewOptions<Id extends DatasetId> = {
  id: Id;
  locale: Locale;
  rows: RowOf<Id>[];
  /** Add the rows as a table (under a toggle when there is a chart). */
  withTable?: boolean;
  /** Rows the table shows at most; its caption gives the full count. */
  tableRows?: number;
  /** Rows a chart is drawn from at most; with more, the table stands in for it with a note. */
  chartRows?: number;
};

async function drawChart<Id extends DatasetId>({ id, locale, rows, chartRows = Number.POSITIVE_INFINITY }: DatasetPreviewOptions<Id>) {
  const chart = getDatasetChart(id);
  if (!chart) return { state: 'none' as const, element: null };
  if (rows.length > chartRows) return { state: 'too_many' as const, element: null };
  try {
    const [[narrow, wide], notes] = await Promise.all([
      drawVariants((width) => chart.draw(rows, { locale, width })),
      chart.notes(rows, locale),
    ]);
    const element = (
      <>
        <ResponsiveChart narrow={narrow} wide={wide} />
        {notes.length > 0 ? (
          <ol className="chart-frame__notes dataset-preview__notes">
            {notes.map((note) => (
              <li key={note.marker}>
                <span className="chart-frame__note-marker">{note.marker}</span> {note.text}
              </li>
            ))}
          </ol>
        ) : null}
      </>
    );
    return { state: 'drawn' as const, element };
  } catch (error) {
    // Rows that pass the schema can still be more than a chart's layout can place; show the table.
    console.error(`Could not draw the ${id} chart from these rows:`, error);
    return { state: 'failed' as const, element: null };
  }
}

/**
 * The dataset's chart (narrow and wide layouts) drawn from the given rows, with the rows as a
 * table. The page renders it for the shipped rows; the preview route renders it to markup
 * for uploaded rows, so no chart code runs in the browser.
 */
export async function renderDatasetPreview<Id extends DatasetId>(
  options: DatasetPreviewOptions<Id>,
): Promise<{ element: ReactElement; chart: ChartState }> {
  const { id, locale, rows, withTable = true, tableRows = Number.POSITIVE_INFINITY, chartRows } = options;
  const t = await getTranslator(locale, 'data');
  const { state, element: chart } = await drawChart(options);
  const title = localized(DATASETS[id], 'title', locale);
  const table = (
    <div className="table-scroll" tabIndex={0}>
      <RowsTable
        columns={describeColumns(id)}
        rows={rows.slice(0, tableRows) as unknown as Record<string, unknown>[]}
        locale={locale}
        caption={
          rows.length > tableRows
            ? t('rowsCaptionFirst', { title, count: tableRows, total: rows.length })
            : t('rowsCaption', { title, count: rows.length })
        }
      />
    </div>
  );
  const element = (
    <div className="dataset-preview">
      {chart ? <div className="dataset-preview__chart">{chart}</div> : null}
      {state === 'failed' ? <p className="data-notice">{t('chartFailed')}</p> : null}
      {state === 'too_many' ? <p className="data-notice">{t('chartTooMany', { count: rows.length, max: chartRows ?? 0 })}</p> : null}
      {!withTable ? null : chart ? (
        <details className="dataset-preview__table">
          <summary>{t('tableToggle')}</summary>
          {table}
        </details>
      ) : (
        table
      )}
    </div>
  );
  return { element, chart: state };
}
