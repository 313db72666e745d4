import { dateColumn, enumColumn, numberColumn, slideColumn, textColumn } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';
import { STAGE_IDS, type StageId } from './milestones';

export type StageRow = SourcedRow & {
  stage_id: StageId;
  stage_rank: number;
  name_zh: string;
  name_en: string;
  start: string;
  end: string | null;
  start_event_zh: string;
  start_event_en: string;
  end_event_zh: string | null;
  end_event_en: string | null;
  description_zh: string;
  description_en: string;
};

export const stages = defineDataset<StageRow>({
  id: 'stages',
  file: 'stages.csv',
  title_zh: '中国电子政务的三个阶段',
  title_en: 'The three stages of China’s e-government',
  description_zh: '课件划分的摸索、发展、成熟三个阶段及其起止。',
  description_en: 'The deck’s three stages (exploration, development, maturity) with their start and end.',
  key: ['stage_id'],
  columns: [
    enumColumn('stage_id', STAGE_IDS, {
      label_zh: '阶段编号',
      label_en: 'Stage id',
      description_zh: 'exploration、development 或 maturity。',
      description_en: 'exploration, development or maturity.',
    }),
    numberColumn(
      'stage_rank',
      { label_zh: '顺序', label_en: 'Rank', description_zh: '阶段的先后顺序。', description_en: 'Order of the stage.' },
      { integer: true, min: 1 },
    ),
    textColumn('name_zh', {
      label_zh: '名称（中文）',
      label_en: 'Name (Chinese)',
      description_zh: '阶段名称。',
      description_en: 'Name in Chinese.',
    }),
    textColumn('name_en', {
      label_zh: '名称（英文）',
      label_en: 'Name (English)',
      description_zh: '阶段的英文名称。',
      description_en: 'Name in English.',
    }),
    dateColumn('start', {
      label_zh: '开始',
      label_en: 'Start',
      description_zh: '阶段开始的时间。',
      description_en: 'When the stage begins.',
    }),
    dateColumn(
      'end',
      {
        label_zh: '结束',
        label_en: 'End',
        description_zh: '阶段结束的时间；空表示课件未给出结束。',
        description_en: 'When the stage ends; empty where the deck gives no end.',
      },
      { required: false },
    ),
    textColumn('start_event_zh', {
      label_zh: '开始标志（中文）',
      label_en: 'Start event (Chinese)',
      description_zh: '标志阶段开始的事件。',
      description_en: 'What marks the start, in Chinese.',
    }),
    textColumn('start_event_en', {
      label_zh: '开始标志（英文）',
      label_en: 'Start event (English)',
      description_zh: '开始标志的英文。',
      description_en: 'What marks the start, in English.',
    }),
    textColumn(
      'end_event_zh',
      {
        label_zh: '结束标志（中文）',
        label_en: 'End event (Chinese)',
        description_zh: '标志阶段结束的事件。',
        description_en: 'What marks the end, in Chinese.',
      },
      { required: false },
    ),
    textColumn(
      'end_event_en',
      {
        label_zh: '结束标志（英文）',
        label_en: 'End event (English)',
        description_zh: '结束标志的英文。',
        description_en: 'What marks the end, in English.',
      },
      { required: false },
    ),
    textColumn('description_zh', {
      label_zh: '特点（中文）',
      label_en: 'Description (Chinese)',
      description_zh: '课件对该阶段的描述。',
      description_en: 'The deck’s description, in Chinese.',
    }),
    textColumn('description_en', {
      label_zh: '特点（英文）',
      label_en: 'Description (English)',
      description_zh: '描述的英文。',
      description_en: 'The deck’s description, in English.',
    }),
    slideColumn(),
  ],
});
