import { z } from 'zod';
import { numberColumn, textColumn, type Column } from './columns';
import { defineDataset } from './define-dataset';

/** An ISO 3166-1 alpha-3 code (CHN) or one of Our World in Data's own codes for regions (OWID_WRL). */
const ENTITY_CODE = /^(?:[A-Z]{3}|OWID_[A-Z]+)$/;
const CODE_FORMS = ['three capital letters (ISO 3166-1 alpha-3, e.g. CHN)', 'OWID_ and capitals (e.g. OWID_WRL)'];

/**
 * A country's row for one year. Not from the deck: there is no `source_slide`, and `source` credits
 * where the figure comes from instead. A year without a measurement has no row.
 */
export type InternetUsersRow = {
  code: string;
  entity_zh: string | null;
  entity_en: string;
  year: number;
  internet_users_pct: number;
  source: string | null;
};

const codeColumn: Column = {
  ...textColumn('code', {
    label_zh: '代码',
    label_en: 'Code',
    description_zh: 'ISO 3166-1 三字母代码（如 CHN），或 Our World in Data 的地区代码（如 OWID_WRL 表示世界）。',
    description_en: 'ISO 3166-1 alpha-3 code (such as CHN), or Our World in Data’s code of a region (OWID_WRL for the World).',
  }),
  schema: z.string().transform((raw, ctx) => {
    const text = raw.trim();
    if (text === '') ctx.addIssue({ code: 'custom', message: 'required', params: {} });
    else if (!ENTITY_CODE.test(text)) ctx.addIssue({ code: 'custom', message: 'not_one_of', params: { value: text, allowed: CODE_FORMS } });
    else return text;
    return z.NEVER;
  }),
};

export const internetUsers = defineDataset<InternetUsersRow>({
  id: 'internet-users',
  file: 'internet-users.csv',
  title_zh: '互联网使用率（1990—2023）',
  title_en: 'Internet use, 1990–2023',
  description_zh:
    '中国、美国、法国、新加坡和世界使用互联网的人口比例：国际电信联盟（ITU）数据，经世界银行《世界发展指标》发布、Our World in Data 整理（CC BY 4.0）。不出自课件。',
  description_en:
    'Share of the population using the Internet in China, the US, France, Singapore and the World: ITU data via the World Bank’s World Development Indicators, as processed by Our World in Data (CC BY 4.0). Not from the deck.',
  credit: {
    zh: '数据：国际电信联盟（ITU），经世界银行《世界发展指标》/ Our World in Data',
    en: 'Data: ITU via World Bank WDI / Our World in Data',
    licence: 'CC BY 4.0',
    url: 'https://ourworldindata.org/grapher/share-of-individuals-using-the-internet',
  },
  key: ['code', 'year'],
  columns: [
    codeColumn,
    textColumn(
      'entity_zh',
      {
        label_zh: '国家或地区（中文）',
        label_en: 'Entity (Chinese)',
        description_zh: '中文名称；空则显示英文名称。',
        description_en: 'Name in Chinese; where empty, the English name is shown.',
      },
      { required: false },
    ),
    // Labelled as Our World in Data's export heads its columns, so a file downloaded there reads as it is.
    textColumn('entity_en', {
      label_zh: '国家或地区（英文）',
      label_en: 'Entity',
      description_zh: '英文名称，与 Our World in Data 的 Entity 列相同。',
      description_en: 'Name in English, as Our World in Data’s Entity column gives it.',
    }),
    numberColumn(
      'year',
      { label_zh: '年份', label_en: 'Year', description_zh: '测量的年份。', description_en: 'Year of the measurement.' },
      { integer: true, min: 1960, max: 2100 },
    ),
    numberColumn(
      'internet_users_pct',
      {
        label_zh: '互联网使用率（%）',
        label_en: 'Individuals using the Internet (% of population)',
        description_zh: '使用互联网的人口占总人口的百分比（0–100）。没有测量的年份不列出，不记为 0。',
        description_en:
          'Share of the population using the Internet, in per cent (0–100). Years without a measurement have no row; they are not 0.',
      },
      { min: 0, max: 100 },
    ),
    textColumn(
      'source',
      {
        label_zh: '来源',
        label_en: 'Source',
        description_zh: '数据的出处（本数据集不出自课件，故无来源页码）。',
        description_en: 'Where the figure comes from (this dataset is not from the deck, so it has no source slide).',
      },
      { required: false },
    ),
  ],
});
