import { dateColumn, idColumn, numberColumn, slideColumn, textColumnPair } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

export type DefinitionRow = SourcedRow & {
  definition_id: string;
  rank: number;
  source_zh: string;
  source_en: string;
  short_zh: string;
  short_en: string;
  date: string | null;
  work_zh: string | null;
  work_en: string | null;
  text_zh: string;
  text_en: string;
  note_zh: string | null;
  note_en: string | null;
};

export const definitions = defineDataset<DefinitionRow>({
  id: 'definitions',
  file: 'definitions.csv',
  title_zh: '电子政务的定义',
  title_en: 'Definitions of e-government',
  description_zh: '课件列出的世界银行、联合国、OECD、Gartner、汪玉凯的定义和课件的综合定义；英文是课件中文的翻译，不是原文。',
  description_en:
    'The definitions the deck quotes from the World Bank, the UN, the OECD, Gartner and Wang Yukai, and its own combined one; the English translates the deck’s Chinese, not the sources’ own words.',
  key: ['definition_id'],
  columns: [
    idColumn('definition_id', {
      label_zh: '定义编号',
      label_en: 'Definition id',
      description_zh: '定义的稳定标识，例如 world-bank。',
      description_en: 'Stable id of the definition, e.g. world-bank.',
    }),
    numberColumn(
      'rank',
      { label_zh: '顺序', label_en: 'Rank', description_zh: '课件中的先后顺序。', description_en: 'Order in the deck.' },
      { integer: true, min: 1 },
    ),
    ...textColumnPair('source', {
      label_zh: '提出者',
      label_en: 'Source',
      description_zh: '提出定义的机构或学者',
      description_en: 'Who gave the definition',
    }),
    ...textColumnPair('short', {
      label_zh: '简称',
      label_en: 'Short name',
      description_zh: '对比表的列名',
      description_en: 'Column heading in the comparison',
    }),
    dateColumn(
      'date',
      {
        label_zh: '时间',
        label_en: 'Date',
        description_zh: '定义发表的时间；空表示课件未给出。',
        description_en: 'When the definition was published; empty where the deck gives none.',
      },
      { required: false },
    ),
    ...textColumnPair(
      'work',
      {
        label_zh: '出处',
        label_en: 'Published in',
        description_zh: '定义所在的报告；空表示课件未给出',
        description_en: 'The report the definition appeared in; empty where the deck gives none',
      },
      { required: false },
    ),
    ...textColumnPair('text', {
      label_zh: '定义',
      label_en: 'Definition',
      description_zh: '课件引用的定义全文',
      description_en: 'The definition as the deck quotes it',
    }),
    ...textColumnPair(
      'note',
      {
        label_zh: '说明',
        label_en: 'Note',
        description_zh: '课件原文的出入或缺失',
        description_en: 'Where the deck disagrees with itself or leaves something out',
      },
      { required: false },
    ),
    slideColumn(),
  ],
});
