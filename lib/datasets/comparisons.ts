import { enumColumn, idColumn, numberColumn, slideColumn, textColumnPair } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

/** What e-government is compared with: traditional government (slides 19–22) or e-commerce (slides 23–24). */
export const COMPARISON_IDS = ['traditional', 'e-commerce'] as const;
export type ComparisonId = (typeof COMPARISON_IDS)[number];
/** A feature of e-government, a point of contrast, a point in common, or a difference. */
export const COMPARISON_KINDS = ['feature', 'contrast', 'shared', 'difference'] as const;
export type ComparisonKind = (typeof COMPARISON_KINDS)[number];

export type ComparisonRow = SourcedRow & {
  comparison_id: ComparisonId;
  aspect_id: string;
  kind: ComparisonKind;
  rank: number;
  aspect_zh: string;
  aspect_en: string;
  egov_zh: string | null;
  egov_en: string | null;
  egov_slide: number | null;
  other_zh: string | null;
  other_en: string | null;
  note_zh: string | null;
  note_en: string | null;
};

export const comparisons = defineDataset<ComparisonRow>({
  id: 'comparisons',
  file: 'comparisons.csv',
  title_zh: '电子政务与传统政务、电子商务',
  title_en: 'E-government compared',
  description_zh:
    '电子政务与传统政务（第19—22页）、与电子商务（第23—24页）的比较：课件列出的特点、共同点和区别，以及课件在别处对电子政务这一点的说法。',
  description_en:
    'E-government against traditional government (slides 19–22) and against e-commerce (slides 23–24): the features, shared points and differences the deck lists, and what it says of e-government on each point elsewhere.',
  key: ['comparison_id', 'aspect_id'],
  columns: [
    enumColumn('comparison_id', COMPARISON_IDS, {
      label_zh: '比较对象',
      label_en: 'Compared with',
      description_zh: 'traditional（传统政务）或 e-commerce（电子商务）。',
      description_en: 'traditional (government) or e-commerce.',
    }),
    idColumn('aspect_id', {
      label_zh: '方面编号',
      label_en: 'Aspect id',
      description_zh: '比较的方面的稳定标识。',
      description_en: 'Stable id of the aspect compared.',
    }),
    enumColumn('kind', COMPARISON_KINDS, {
      label_zh: '类别',
      label_en: 'Kind',
      description_zh: 'feature（电子政务的特点）、contrast（对照）、shared（共同点）或 difference（区别）。',
      description_en: 'feature (of e-government), contrast, shared (point in common) or difference.',
    }),
    numberColumn(
      'rank',
      {
        label_zh: '顺序',
        label_en: 'Rank',
        description_zh: '同一比较内的顺序。',
        description_en: 'Order within the comparison.',
      },
      { integer: true, min: 1 },
    ),
    ...textColumnPair('aspect', { label_zh: '方面', label_en: 'Aspect', description_zh: '比较的方面', description_en: 'What is compared' }),
    ...textColumnPair(
      'egov',
      {
        label_zh: '电子政务',
        label_en: 'E-government',
        description_zh: '课件对电子政务这一点的说法；空表示课件未说',
        description_en: 'What the deck says of e-government on this point; empty where it says nothing',
      },
      { required: false },
    ),
    numberColumn(
      'egov_slide',
      {
        label_zh: '电子政务一栏的页码',
        label_en: 'Slide of the e-government cell',
        description_zh: '电子政务一栏出自第几页，可与本行的来源页不同；空表示同一页或无内容。',
        description_en: 'The slide the e-government cell comes from, where it differs from the row’s; empty otherwise.',
      },
      { integer: true, min: 1, max: 94, required: false },
    ),
    ...textColumnPair(
      'other',
      {
        label_zh: '比较对象一方',
        label_en: 'The other side',
        description_zh: '课件对传统政务或电子商务这一点的说法；空表示课件文字稿未载',
        description_en: 'What the deck says of traditional government or e-commerce on this point; empty where its text has nothing',
      },
      { required: false },
    ),
    ...textColumnPair(
      'note',
      {
        label_zh: '说明',
        label_en: 'Note',
        description_zh: '课件原文的缺失或出入',
        description_en: 'What the deck’s text leaves out or words differently',
      },
      { required: false },
    ),
    slideColumn(),
  ],
});
