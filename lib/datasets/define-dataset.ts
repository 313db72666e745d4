import { z } from 'zod';
import type { Column } from './columns';

export type DatasetDefinition<Row> = {
  id: string;
  /** File name inside `data/` (or DATA_DIR). */
  file: string;
  title_zh: string;
  title_en: string;
  description_zh: string;
  description_en: string;
  columns: readonly Column[];
  /** Other names the file may have in DATA_DIR (the UN's `EGOV_DATA_2024.csv`): where `file` is not there, the last such name, sorted, is read. */
  filePattern?: RegExp;
  /** Not shipped: with no file in DATA_DIR it has no rows, and nothing fails. */
  optional?: boolean;
  /** Column whose values must be unique across rows (a row's key). */
  key: readonly string[];
  /**
   * Where rows come from when not from the deck (they have no `source_slide`): the credit its licence
   * asks for, in both languages, the licence and where the data were taken from.
   */
  credit?: { zh: string; en: string; licence: string; url: string };
  /** The zod schema of one row, built from the columns. */
  schema: z.ZodType<Row, Record<string, string>>;
};

export function defineDataset<Row>(definition: Omit<DatasetDefinition<Row>, 'schema'>): DatasetDefinition<Row> {
  const shape = Object.fromEntries(definition.columns.map((column) => [column.name, column.schema]));
  const schema = z.object(shape) as unknown as z.ZodType<Row, Record<string, string>>;
  return { ...definition, schema };
}

/** Fields every dataset row has. */
export type SourcedRow = { source_slide: number };
