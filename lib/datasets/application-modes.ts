import { enumColumn, numberColumn, slideColumn, textColumn } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

export const MODE_IDS = ['g2g', 'g2b', 'g2c'] as const;
export type ModeId = (typeof MODE_IDS)[number];

export type ApplicationModeRow = SourcedRow & {
  mode_id: ModeId;
  mode_zh: string;
  mode_en: string;
  mode_definition_zh: string;
  mode_definition_en: string;
  item_no: number;
  system_zh: string;
  system_en: string;
  note_zh: string | null;
  note_en: string | null;
};

export const applicationModes = defineDataset<ApplicationModeRow>({
  id: 'application-modes',
  file: 'application-modes.csv',
  title_zh: '电子政务的应用模式',
  title_en: 'Application modes of e-government',
  description_zh: 'G2G、G2B、G2C 三种应用模式及课件列出的具体系统。',
  description_en: 'The three application modes (G2G, G2B, G2C) and the systems the deck lists under each.',
  key: ['mode_id', 'item_no'],
  columns: [
    enumColumn('mode_id', MODE_IDS, {
      label_zh: '模式编号',
      label_en: 'Mode id',
      description_zh: 'g2g、g2b 或 g2c。',
      description_en: 'g2g, g2b or g2c.',
    }),
    textColumn('mode_zh', {
      label_zh: '模式（中文）',
      label_en: 'Mode (Chinese)',
      description_zh: '应用模式名称。',
      description_en: 'Name of the mode in Chinese.',
    }),
    textColumn('mode_en', {
      label_zh: '模式（英文）',
      label_en: 'Mode (English)',
      description_zh: '应用模式的英文名称。',
      description_en: 'Name of the mode in English.',
    }),
    textColumn('mode_definition_zh', {
      label_zh: '定义（中文）',
      label_en: 'Definition (Chinese)',
      description_zh: '课件对该模式的定义。',
      description_en: 'The deck’s definition, in Chinese.',
    }),
    textColumn('mode_definition_en', {
      label_zh: '定义（英文）',
      label_en: 'Definition (English)',
      description_zh: '定义的英文。',
      description_en: 'The deck’s definition, in English.',
    }),
    numberColumn(
      'item_no',
      {
        label_zh: '序号',
        label_en: 'Item number',
        description_zh: '课件中的编号（1）、（2）……',
        description_en: 'The deck’s numbering (1), (2), …',
      },
      { integer: true, min: 1 },
    ),
    textColumn('system_zh', {
      label_zh: '系统（中文）',
      label_en: 'System (Chinese)',
      description_zh: '该模式下的具体系统或服务。',
      description_en: 'A system or service under the mode, in Chinese.',
    }),
    textColumn('system_en', {
      label_zh: '系统（英文）',
      label_en: 'System (English)',
      description_zh: '系统的英文名称。',
      description_en: 'The system or service, in English.',
    }),
    textColumn(
      'note_zh',
      {
        label_zh: '说明（中文）',
        label_en: 'Note (Chinese)',
        description_zh: '课件原文的问题。',
        description_en: 'Problems in the deck’s text, in Chinese.',
      },
      { required: false },
    ),
    textColumn(
      'note_en',
      {
        label_zh: '说明（英文）',
        label_en: 'Note (English)',
        description_zh: '说明的英文。',
        description_en: 'Problems in the deck’s text, in English.',
      },
      { required: false },
    ),
    slideColumn(),
  ],
});
