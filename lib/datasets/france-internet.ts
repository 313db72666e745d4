import { enumColumn, idColumn, numberColumn, slideColumn, textColumn } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

export const FRANCE_UNITS = ['people', 'usd', 'percent', 'households', 'percent_of_adults'] as const;
export const FRANCE_QUALIFIERS = ['exact', 'about'] as const;

export type FranceRow = SourcedRow & {
  metric_id: string;
  metric_zh: string;
  metric_en: string;
  value: number;
  unit: (typeof FRANCE_UNITS)[number];
  qualifier: (typeof FRANCE_QUALIFIERS)[number];
  note_zh: string | null;
  note_en: string | null;
};

export const franceInternet = defineDataset<FranceRow>({
  id: 'france-internet',
  file: 'france-internet.csv',
  title_zh: '法国的互联网与电子政务',
  title_en: 'France: internet and e-government',
  description_zh: '课件给出的法国人口、GDP、互联网用户、家庭联网与成人使用电子政务的数字。',
  description_en: 'The deck’s figures for France: population, GDP, internet users, households online and adults using e-government.',
  key: ['metric_id'],
  columns: [
    idColumn('metric_id', {
      label_zh: '指标编号',
      label_en: 'Metric id',
      description_zh: '指标的稳定标识。',
      description_en: 'Stable id of the metric.',
    }),
    textColumn('metric_zh', {
      label_zh: '指标（中文）',
      label_en: 'Metric (Chinese)',
      description_zh: '指标名称。',
      description_en: 'Name of the metric in Chinese.',
    }),
    textColumn('metric_en', {
      label_zh: '指标（英文）',
      label_en: 'Metric (English)',
      description_zh: '指标的英文名称。',
      description_en: 'Name of the metric in English.',
    }),
    numberColumn(
      'value',
      {
        label_zh: '数值',
        label_en: 'Value',
        description_zh: '课件原值，以 unit 列的单位计。',
        description_en: 'The deck’s value, in the unit of the unit column.',
      },
      { min: 0 },
    ),
    enumColumn('unit', FRANCE_UNITS, {
      label_zh: '单位',
      label_en: 'Unit',
      description_zh: 'people 人、usd 美元、percent 百分比、households 户、percent_of_adults 成人百分比。',
      description_en: 'people, usd (US dollars), percent, households, percent_of_adults.',
    }),
    enumColumn('qualifier', FRANCE_QUALIFIERS, {
      label_zh: '限定',
      label_en: 'Qualifier',
      description_zh: 'exact 为确数；about 表示“大约”。',
      description_en: 'exact, or about (大约).',
    }),
    textColumn(
      'note_zh',
      {
        label_zh: '说明（中文）',
        label_en: 'Note (Chinese)',
        description_zh: '课件数字的不一致之处。',
        description_en: 'Where the deck’s figures disagree, in Chinese.',
      },
      { required: false },
    ),
    textColumn(
      'note_en',
      {
        label_zh: '说明（英文）',
        label_en: 'Note (English)',
        description_zh: '说明的英文。',
        description_en: 'Where the deck’s figures disagree, in English.',
      },
      { required: false },
    ),
    slideColumn(),
  ],
});
