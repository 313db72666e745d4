import 'server-only';
import type { Column } from './columns';
import { loadDataset } from './load';
import { DATASETS, DATASET_IDS, type DatasetId } from './registry';
import type { Locale } from '../i18n/routing';

export const DECK_TITLE = {
  zh: '王志刚《电子政务》第一章 电子政务概论（公共管理学院）',
  en: 'Wang Zhigang, “Introduction to E-Government”, chapter 1 of E-Government (School of Public Administration)',
};

export type ColumnInfo = Omit<Column, 'schema'>;

export function describeColumns(id: DatasetId): ColumnInfo[] {
  return DATASETS[id].columns.map(({ schema: _schema, ...info }) => info);
}

/** Where a dataset's rows come from: the deck and its slides, or (for data beyond the deck) the credit its licence asks for. */
export function getDatasetSource(id: DatasetId) {
  const { rows, file, origin } = loadDataset(id);
  const { credit } = DATASETS[id] as { credit?: { zh: string; en: string; licence: string; url: string } };
  if (credit) return { credit_zh: credit.zh, credit_en: credit.en, licence: credit.licence, url: credit.url, slides: [], file, origin };
  const slides = [...new Set(rows.map((row) => (row as { source_slide: number }).source_slide))].sort((a, b) => a - b);
  return { deck_zh: DECK_TITLE.zh, deck_en: DECK_TITLE.en, slides, file, origin };
}

export function getDatasetSummaries() {
  return DATASET_IDS.map((id) => {
    const definition = DATASETS[id];
    return {
      id,
      title_zh: definition.title_zh,
      title_en: definition.title_en,
      description_zh: definition.description_zh,
      description_en: definition.description_en,
      rows: loadDataset(id).rows.length,
      columns: definition.columns.map((column) => column.name),
    };
  });
}

export function getDatasetDocument(id: DatasetId) {
  const definition = DATASETS[id];
  return {
    id,
    title_zh: definition.title_zh,
    title_en: definition.title_en,
    description_zh: definition.description_zh,
    description_en: definition.description_en,
    columns: describeColumns(id),
    rows: loadDataset(id).rows,
    source: getDatasetSource(id),
  };
}

/** The credit line of data beyond the deck, in one language ("ITU via World Bank WDI / Our World in Data, CC BY 4.0"); null for the deck's. */
export function getDatasetCredit(id: DatasetId, locale: Locale): string | null {
  const source = getDatasetSource(id);
  if (!('licence' in source)) return null;
  return locale === 'zh' ? `${source.credit_zh}，${source.licence}` : `${source.credit_en}, ${source.licence}`;
}
