import 'server-only';
import type { Column } from './columns';
import { loadDataset } from './load';
import { DATASETS, DATASET_IDS, type DatasetId } from './registry';

export const DECK_TITLE = {
  zh: '《电子政务》第一章 电子政务概论（公共管理学院）',
  en: 'E-Government, chapter 1: Introduction to E-Government (School of Public Administration)',
};

export type ColumnInfo = Omit<Column, 'schema'>;

export function describeColumns(id: DatasetId): ColumnInfo[] {
  return DATASETS[id].columns.map(({ schema: _schema, ...info }) => info);
}

export function getDatasetSource(id: DatasetId) {
  const { rows, file, origin } = loadDataset(id);
  const slides = [...new Set(rows.map((row) => row.source_slide))].sort((a, b) => a - b);
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
