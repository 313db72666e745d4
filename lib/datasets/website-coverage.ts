import { enumColumn, dateColumn, idColumn, numberColumn, slideColumn, textColumn } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

export const UNITS_QUALIFIERS = ['exact', 'more_than', 'about'] as const;
export const SHARE_QUALIFIERS = ['exact', 'nearly'] as const;

export type CoverageRow = SourcedRow & {
  level_id: string;
  level_rank: number;
  level_zh: string;
  level_en: string;
  units_total: number | null;
  units_total_qualifier: (typeof UNITS_QUALIFIERS)[number] | null;
  share_pct: number;
  share_qualifier: (typeof SHARE_QUALIFIERS)[number];
  as_of: string;
  note_zh: string | null;
  note_en: string | null;
};

export const websiteCoverage = defineDataset<CoverageRow>({
  id: 'website-coverage',
  file: 'website-coverage.csv',
  title_zh: '各级政府网站覆盖率',
  title_en: 'Government websites by administrative level',
  description_zh: '截至2006年初，各级政府机构中建有互联网站的比例。',
  description_en: 'Share of government bodies with a website at each administrative level, as of early 2006.',
  key: ['level_id'],
  columns: [
    idColumn('level_id', {
      label_zh: '层级编号',
      label_en: 'Level id',
      description_zh: '层级的稳定标识。',
      description_en: 'Stable id of the level.',
    }),
    numberColumn(
      'level_rank',
      {
        label_zh: '层级顺序',
        label_en: 'Level rank',
        description_zh: '在行政层级中的顺序，1为最高。',
        description_en: 'Order in the hierarchy, 1 at the top.',
      },
      { integer: true, min: 1 },
    ),
    textColumn('level_zh', {
      label_zh: '层级（中文）',
      label_en: 'Level (Chinese)',
      description_zh: '层级名称。',
      description_en: 'Name of the level in Chinese.',
    }),
    textColumn('level_en', {
      label_zh: '层级（英文）',
      label_en: 'Level (English)',
      description_zh: '层级的英文名称。',
      description_en: 'Name of the level in English.',
    }),
    numberColumn(
      'units_total',
      {
        label_zh: '机构总数',
        label_en: 'Total bodies',
        description_zh: '该层级的机构总数（课件给出时）。',
        description_en: 'Number of bodies at the level, where the deck gives it.',
      },
      { integer: true, min: 0, required: false },
    ),
    enumColumn(
      'units_total_qualifier',
      UNITS_QUALIFIERS,
      {
        label_zh: '总数限定',
        label_en: 'Total qualifier',
        description_zh: 'exact 为确数；more_than 表示“……多”；about 表示“约”。',
        description_en: 'exact; more_than for “N-plus” (多); about for “about”.',
      },
      { required: false },
    ),
    numberColumn(
      'share_pct',
      {
        label_zh: '建站比例（%）',
        label_en: 'Share with a website (%)',
        description_zh: '建有互联网站的比例，单位为百分比。',
        description_en: 'Share with a website, in per cent.',
      },
      { min: 0, max: 100 },
    ),
    enumColumn('share_qualifier', SHARE_QUALIFIERS, {
      label_zh: '比例限定',
      label_en: 'Share qualifier',
      description_zh: 'exact 为确数；nearly 表示“将近”。',
      description_en: 'exact; nearly for “nearly” (将近).',
    }),
    dateColumn('as_of', {
      label_zh: '时间',
      label_en: 'As of',
      description_zh: '数据所指的时间。',
      description_en: 'When the figure applies.',
    }),
    textColumn(
      'note_zh',
      {
        label_zh: '说明（中文）',
        label_en: 'Note (Chinese)',
        description_zh: '对数据的说明或待核实之处。',
        description_en: 'Note on the figure, in Chinese.',
      },
      { required: false },
    ),
    textColumn(
      'note_en',
      {
        label_zh: '说明（英文）',
        label_en: 'Note (English)',
        description_zh: '说明的英文。',
        description_en: 'Note on the figure, in English.',
      },
      { required: false },
    ),
    slideColumn(),
  ],
});
