import { enumColumn, dateColumn, idColumn, slideColumn, textColumn } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

export const STAGE_IDS = ['exploration', 'development', 'maturity'] as const;
export const MILESTONE_CATEGORIES = ['policy', 'project', 'organisation', 'meeting', 'website'] as const;
export const DATE_QUALIFIERS = ['about', 'end'] as const;

/** Separates the names in a milestone's `aliases` cell. */
export const ALIAS_SEPARATOR = '|';

export type StageId = (typeof STAGE_IDS)[number];
export type MilestoneCategory = (typeof MILESTONE_CATEGORIES)[number];

export type MilestoneRow = SourcedRow & {
  id: string;
  date: string;
  date_qualifier: (typeof DATE_QUALIFIERS)[number] | null;
  stage: StageId;
  category: MilestoneCategory;
  title_zh: string;
  title_en: string;
  summary_zh: string;
  summary_en: string;
  note_zh: string | null;
  note_en: string | null;
  /** Other names people search for, `|`-separated (十七号文件, Document 17 …). */
  aliases: string | null;
};

export const milestones = defineDataset<MilestoneRow>({
  id: 'milestones',
  file: 'milestones.csv',
  title_zh: '中国电子政务大事记（1992—2006）',
  title_en: 'Milestones of China’s e-government, 1992–2006',
  description_zh: '课件中国电子政务发展史里的每一个有日期的事件。',
  description_en: 'Every dated event in the deck’s history of China’s e-government.',
  key: ['id'],
  columns: [
    idColumn('id', {
      label_zh: '编号',
      label_en: 'Id',
      description_zh: '事件的稳定标识（用于链接）。',
      description_en: 'Stable id of the event, used in links.',
    }),
    dateColumn('date', {
      label_zh: '日期',
      label_en: 'Date',
      description_zh: 'YYYY、YYYY-MM 或 YYYY-MM-DD，精度与课件一致。',
      description_en: 'YYYY, YYYY-MM or YYYY-MM-DD, exactly as precise as the deck.',
    }),
    enumColumn(
      'date_qualifier',
      DATE_QUALIFIERS,
      {
        label_zh: '日期限定',
        label_en: 'Date qualifier',
        description_zh: 'about 表示“左右”；end 表示“年底”。',
        description_en: 'about for “around”; end for “end of the year”.',
      },
      { required: false },
    ),
    enumColumn('stage', STAGE_IDS, {
      label_zh: '阶段',
      label_en: 'Stage',
      description_zh: 'exploration 摸索阶段、development 发展阶段、maturity 成熟阶段。',
      description_en: 'exploration, development or maturity (摸索/发展/成熟阶段).',
    }),
    enumColumn('category', MILESTONE_CATEGORIES, {
      label_zh: '类别',
      label_en: 'Category',
      description_zh: 'policy 文件、project 工程、organisation 机构、meeting 会议、website 网站。',
      description_en: 'policy (documents), project, organisation, meeting or website.',
    }),
    textColumn('title_zh', {
      label_zh: '标题（中文）',
      label_en: 'Title (Chinese)',
      description_zh: '事件标题。',
      description_en: 'Title in Chinese.',
    }),
    textColumn('title_en', {
      label_zh: '标题（英文）',
      label_en: 'Title (English)',
      description_zh: '事件标题的英文。',
      description_en: 'Title in English.',
    }),
    textColumn('summary_zh', {
      label_zh: '摘要（中文）',
      label_en: 'Summary (Chinese)',
      description_zh: '课件对事件的叙述。',
      description_en: 'The deck’s account, in Chinese.',
    }),
    textColumn('summary_en', {
      label_zh: '摘要（英文）',
      label_en: 'Summary (English)',
      description_zh: '叙述的英文。',
      description_en: 'The deck’s account, in English.',
    }),
    textColumn(
      'note_zh',
      {
        label_zh: '说明（中文）',
        label_en: 'Note (Chinese)',
        description_zh: '对日期或出处的说明。',
        description_en: 'Note on the date or source, in Chinese.',
      },
      { required: false },
    ),
    textColumn(
      'note_en',
      {
        label_zh: '说明（英文）',
        label_en: 'Note (English)',
        description_zh: '说明的英文。',
        description_en: 'Note on the date or source, in English.',
      },
      { required: false },
    ),
    textColumn(
      'aliases',
      {
        label_zh: '别称（供检索）',
        label_en: 'Other names (for search)',
        description_zh: '人们检索此事件时可能用的其他叫法，用 | 分隔，如“十七号文件|Document 17”。',
        description_en: 'Other names people may search for, separated by |, e.g. “十七号文件|Document 17”.',
      },
      { required: false },
    ),
    slideColumn(),
  ],
});
