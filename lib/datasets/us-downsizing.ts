import { enumColumn, idColumn, numberColumn, slideColumn, textColumn } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

export const US_UNITS = ['people', 'offices', 'programmes', 'usd', 'regulations', 'rules'] as const;
export const US_QUALIFIERS = ['exact', 'more_than', 'nearly'] as const;

export type UsRow = SourcedRow & {
  metric_id: string;
  metric_zh: string;
  metric_en: string;
  value: number;
  unit: (typeof US_UNITS)[number];
  qualifier: (typeof US_QUALIFIERS)[number];
  period_start: number;
  period_end: number;
  note_zh: string | null;
  note_en: string | null;
};

export const usDownsizing = defineDataset<UsRow>({
  id: 'us-downsizing',
  file: 'us-downsizing.csv',
  title_zh: '美国联邦政府精简（1992—1996）',
  title_en: 'US federal government downsizing, 1992–1996',
  description_zh: '1992—1996年美国联邦政府减少的员工、办公室、项目、开支与规章。',
  description_en: 'Employees, offices, programmes, spending and regulations the US federal government cut in 1992–1996.',
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
    enumColumn('unit', US_UNITS, {
      label_zh: '单位',
      label_en: 'Unit',
      description_zh: 'people 人、offices 个办公室、programmes 个项目和机构、usd 美元、regulations 项规章、rules 项规定。',
      description_en: 'people, offices, programmes (and agencies), usd (US dollars), regulations, rules.',
    }),
    enumColumn('qualifier', US_QUALIFIERS, {
      label_zh: '限定',
      label_en: 'Qualifier',
      description_zh: 'exact 为确数；more_than 表示“……多”；nearly 表示“近”。',
      description_en: 'exact; more_than for “N-plus” (多); nearly for “nearly” (近).',
    }),
    numberColumn(
      'period_start',
      { label_zh: '起始年', label_en: 'Period start', description_zh: '期间的起始年份。', description_en: 'First year of the period.' },
      { integer: true, min: 1900, max: 2100 },
    ),
    numberColumn(
      'period_end',
      { label_zh: '结束年', label_en: 'Period end', description_zh: '期间的结束年份。', description_en: 'Last year of the period.' },
      { integer: true, min: 1900, max: 2100 },
    ),
    textColumn(
      'note_zh',
      {
        label_zh: '说明（中文）',
        label_en: 'Note (Chinese)',
        description_zh: '课件原文的写法。',
        description_en: 'How the deck words the figure, in Chinese.',
      },
      { required: false },
    ),
    textColumn(
      'note_en',
      {
        label_zh: '说明（英文）',
        label_en: 'Note (English)',
        description_zh: '说明的英文。',
        description_en: 'How the deck words the figure, in English.',
      },
      { required: false },
    ),
    slideColumn(),
  ],
});
