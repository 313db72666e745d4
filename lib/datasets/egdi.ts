import { numberColumn, textColumn } from './columns';
import { defineDataset } from './define-dataset';

/**
 * A row of the UN E-Government Survey's own export (`EGOV_DATA_<year>.csv` from the UN E-Government
 * Knowledgebase), under its own column names. Not shipped: the UN's terms do not clearly allow
 * redistributing it, so it is read only from a user's DATA_DIR or upload.
 */
export type EgdiRow = {
  'Survey Year': number;
  'Country Name': string;
  'E-Government Rank': number;
  'E-Government Index': number;
  'E-Participation Index': number | null;
  'Online Service Index': number;
  'Human Capital Index': number;
  'Telecommunication Infrastructure Index': number;
};

/** The index and its three components, as the EGDI chart draws them. */
export const EGDI_INDEXES = [
  'E-Government Index',
  'Online Service Index',
  'Human Capital Index',
  'Telecommunication Infrastructure Index',
] as const;
export type EgdiIndex = (typeof EGDI_INDEXES)[number];

const index = (name: string, label_zh: string, description_zh: string, description_en: string, required = true) =>
  numberColumn(name, { label_zh, label_en: name, description_zh, description_en }, { min: 0, max: 1, required });

export const egdi = defineDataset<EgdiRow>({
  id: 'egdi',
  file: 'EGOV_DATA.csv',
  filePattern: /^EGOV_DATA(?:_\d{4})?\.csv$/i,
  optional: true,
  title_zh: '联合国电子政务发展指数（EGDI，用户自备）',
  title_en: 'UN E-Government Development Index (EGDI, your own file)',
  description_zh:
    '联合国电子政务调查的 EGDI 及其三个分项指数，按联合国电子政务知识库导出的 CSV 原样读取。本站不提供这些数据：请自行下载后放入 DATA_DIR。',
  description_en:
    'The UN E-Government Survey’s EGDI and its three component indices, read from the CSV the UN E-Government Knowledgebase exports, as it is. Not shipped: download it yourself and put it in DATA_DIR.',
  credit: {
    zh: '数据：联合国经济和社会事务部《联合国电子政务调查》（用户自行下载）',
    en: 'Data: UN DESA, United Nations E-Government Survey (downloaded by the user)',
    licence: 'UN terms of use',
    url: 'https://publicadministration.un.org/egovkb/en-us/Data-Center',
  },
  key: ['Survey Year', 'Country Name'],
  columns: [
    numberColumn(
      'Survey Year',
      {
        label_zh: '调查年份',
        label_en: 'Survey Year',
        description_zh: '调查的年份（每两年一次）。',
        description_en: 'Year of the survey (every two years).',
      },
      { integer: true, min: 2001, max: 2100 },
    ),
    textColumn('Country Name', {
      label_zh: '国家名称',
      label_en: 'Country Name',
      description_zh: '联合国所用的国家英文名称（如 China、United States of America）；名称后的空格不计。',
      description_en: 'The country’s name as the UN writes it (China, United States of America); trailing spaces are ignored.',
    }),
    numberColumn(
      'E-Government Rank',
      {
        label_zh: '电子政务排名',
        label_en: 'E-Government Rank',
        description_zh: '当年在所有成员国中的排名。',
        description_en: 'Rank among all member states that year.',
      },
      { integer: true, min: 1, max: 250 },
    ),
    index('E-Government Index', '电子政务发展指数', 'EGDI，0–1：三个分项指数的平均。', 'EGDI, 0–1: the mean of the three components.'),
    index('E-Participation Index', '电子参与指数', '0–1；早年的调查可能为空。', '0–1; may be empty in early surveys.', false),
    index('Online Service Index', '在线服务指数', 'OSI，0–1。', 'OSI, 0–1.'),
    index('Human Capital Index', '人力资本指数', 'HCI，0–1。', 'HCI, 0–1.'),
    index('Telecommunication Infrastructure Index', '电信基础设施指数', 'TII，0–1。', 'TII, 0–1.'),
  ],
});
