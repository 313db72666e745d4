import { dateColumn, enumColumn, idColumn, numberColumn, slideColumn, textColumnPair } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

/** What the deck says of a country, point by point: a dated figure, its standing, an advantage, a lesson, a law, an audience. */
export const COUNTRY_FACT_KINDS = ['figure', 'standing', 'advantage', 'lesson', 'law', 'audience'] as const;
export type CountryFactKind = (typeof COUNTRY_FACT_KINDS)[number];

export type CountryFactRow = SourcedRow & {
  country_id: string;
  fact_id: string;
  kind: CountryFactKind;
  rank: number;
  text_zh: string;
  text_en: string;
  label_zh: string | null;
  label_en: string | null;
  value: number | null;
  date: string | null;
  note_zh: string | null;
  note_en: string | null;
};

export const countryFacts = defineDataset<CountryFactRow>({
  id: 'country-facts',
  file: 'country-facts.csv',
  title_zh: '各国电子政务要点（逐条）',
  title_en: 'Country profiles, point by point',
  description_zh:
    '课件对美国（第31—39页）和新加坡（第44—45页）的逐条说法：带年份的数字、地位、优势、启示、法律和“第一政府”网站的服务对象；country_id 对应 country-profiles。',
  description_en:
    'What the deck says of the United States (slides 31–39) and Singapore (slides 44–45), point by point: dated figures, standing, advantages, lessons, laws and FirstGov’s audiences; country_id matches country-profiles.',
  key: ['country_id', 'fact_id'],
  columns: [
    idColumn('country_id', {
      label_zh: '国家编号',
      label_en: 'Country id',
      description_zh: 'country-profiles 数据集中国家的编号。',
      description_en: 'The country’s id in country-profiles.',
    }),
    idColumn('fact_id', {
      label_zh: '条目编号',
      label_en: 'Fact id',
      description_zh: '条目在该国内的稳定标识。',
      description_en: 'Stable id of the fact within its country.',
    }),
    enumColumn('kind', COUNTRY_FACT_KINDS, {
      label_zh: '类别',
      label_en: 'Kind',
      description_zh: 'figure（数字）、standing（地位）、advantage（优势）、lesson（启示）、law（法律）或 audience（服务对象）。',
      description_en: 'figure, standing, advantage, lesson, law or audience.',
    }),
    numberColumn(
      'rank',
      {
        label_zh: '顺序',
        label_en: 'Rank',
        description_zh: '同一国家、同一类别内在课件中的顺序。',
        description_en: 'Order in the deck within its country and kind.',
      },
      { integer: true, min: 1 },
    ),
    ...textColumnPair('text', { label_zh: '内容', label_en: 'Text', description_zh: '课件的说法', description_en: 'What the deck says' }),
    ...textColumnPair(
      'label',
      {
        label_zh: '图中标签',
        label_en: 'Chart label',
        description_zh: '带年份的数字在图中的简短标签；空表示不画',
        description_en: 'Short label of a dated figure in the chart; empty where it is not drawn',
      },
      { required: false },
    ),
    numberColumn(
      'value',
      {
        label_zh: '数值',
        label_en: 'Value',
        description_zh: '条目中的数字（名次、项数、年数）；空表示没有。',
        description_en: 'The number in the fact (a rank, a count, years); empty where there is none.',
      },
      { min: 0, required: false },
    ),
    dateColumn(
      'date',
      {
        label_zh: '时间',
        label_en: 'Date',
        description_zh: '条目所指的时间；空表示没有。',
        description_en: 'When the fact holds; empty where it has no date.',
      },
      { required: false },
    ),
    ...textColumnPair(
      'note',
      {
        label_zh: '说明',
        label_en: 'Note',
        description_zh: '课件原文的残缺或出入',
        description_en: 'Where the deck’s text is broken or disagrees with itself',
      },
      { required: false },
    ),
    slideColumn(),
  ],
});
