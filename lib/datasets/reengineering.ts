import { enumColumn, idColumn, numberColumn, slideColumn, textColumnPair } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

/** What a row of process re-engineering is: the definition, a stage, a warning signal, a method, or a case. */
export const REENGINEERING_KINDS = ['definition', 'stage', 'signal', 'method', 'case'] as const;
export type ReengineeringKind = (typeof REENGINEERING_KINDS)[number];

export type ReengineeringRow = SourcedRow & {
  item_id: string;
  kind: ReengineeringKind;
  rank: number;
  name_zh: string;
  name_en: string;
  text_zh: string;
  text_en: string;
};

export const reengineering = defineDataset<ReengineeringRow>({
  id: 'reengineering',
  file: 'reengineering.csv',
  title_zh: '政府流程再造',
  title_en: 'Re-engineering government processes',
  description_zh: '流程再造的定义、两个阶段、需要再造的七个信号、十一种优化方法（取消……变序），以及课件的案例。',
  description_en:
    'Process re-engineering: its definition, its two stages, the seven signals that a process needs it, the eleven methods of optimising (eliminate … resequence), and the deck’s cases.',
  key: ['item_id'],
  columns: [
    idColumn('item_id', {
      label_zh: '条目编号',
      label_en: 'Item id',
      description_zh: '条目的稳定标识，例如 eliminate。',
      description_en: 'Stable id of the item, e.g. eliminate.',
    }),
    enumColumn('kind', REENGINEERING_KINDS, {
      label_zh: '类别',
      label_en: 'Kind',
      description_zh: 'definition（定义）、stage（阶段）、signal（信号）、method（方法）或 case（案例）。',
      description_en: 'definition, stage, signal, method or case.',
    }),
    numberColumn(
      'rank',
      {
        label_zh: '顺序',
        label_en: 'Rank',
        description_zh: '同一类别内在课件中的顺序。',
        description_en: 'Order in the deck within its kind.',
      },
      { integer: true, min: 1 },
    ),
    ...textColumnPair('name', { label_zh: '名称', label_en: 'Name', description_zh: '条目的名称', description_en: 'Name of the item' }),
    ...textColumnPair('text', {
      label_zh: '内容',
      label_en: 'Text',
      description_zh: '课件对它的说明',
      description_en: 'What the deck says of it',
    }),
    slideColumn(),
  ],
});
