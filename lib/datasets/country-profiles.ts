import { idColumn, numberColumn, slideColumn, textColumn } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

export type CountryRow = SourcedRow & {
  country_id: string;
  name_zh: string;
  name_en: string;
  start_year: number | null;
  start_event_zh: string | null;
  start_event_en: string | null;
  key_facts_zh: string;
  key_facts_en: string;
  note_zh: string | null;
  note_en: string | null;
};

export const countryProfiles = defineDataset<CountryRow>({
  id: 'country-profiles',
  file: 'country-profiles.csv',
  title_zh: '各国电子政务概况',
  title_en: 'Country profiles',
  description_zh: '美国、法国、新加坡和中国发展电子政务的起点与课件列出的要点。',
  description_en: 'When the US, France, Singapore and China began e-government, and the deck’s key facts.',
  key: ['country_id'],
  columns: [
    idColumn('country_id', {
      label_zh: '国家编号',
      label_en: 'Country id',
      description_zh: '国家的稳定标识。',
      description_en: 'Stable id of the country.',
    }),
    textColumn('name_zh', {
      label_zh: '国家（中文）',
      label_en: 'Country (Chinese)',
      description_zh: '国家名称。',
      description_en: 'Name in Chinese.',
    }),
    textColumn('name_en', {
      label_zh: '国家（英文）',
      label_en: 'Country (English)',
      description_zh: '国家的英文名称。',
      description_en: 'Name in English.',
    }),
    numberColumn(
      'start_year',
      {
        label_zh: '起步年份',
        label_en: 'Start year',
        description_zh: '开始发展电子政务的年份；空表示课件未给出。',
        description_en: 'Year e-government began; empty where the deck gives none.',
      },
      { integer: true, min: 1900, max: 2100, required: false },
    ),
    textColumn(
      'start_event_zh',
      {
        label_zh: '起步事件（中文）',
        label_en: 'Start event (Chinese)',
        description_zh: '标志起步的事件。',
        description_en: 'What marks the start, in Chinese.',
      },
      { required: false },
    ),
    textColumn(
      'start_event_en',
      {
        label_zh: '起步事件（英文）',
        label_en: 'Start event (English)',
        description_zh: '起步事件的英文。',
        description_en: 'What marks the start, in English.',
      },
      { required: false },
    ),
    textColumn('key_facts_zh', {
      label_zh: '要点（中文）',
      label_en: 'Key facts (Chinese)',
      description_zh: '课件列出的要点。',
      description_en: 'The deck’s key facts, in Chinese.',
    }),
    textColumn('key_facts_en', {
      label_zh: '要点（英文）',
      label_en: 'Key facts (English)',
      description_zh: '要点的英文。',
      description_en: 'The deck’s key facts, in English.',
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
