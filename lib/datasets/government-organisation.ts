import { enumColumn, idColumn, numberColumn, slideColumn, textColumnPair } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

/** A level of government (slide 60), a body that runs e-government, or a tier of its organisation (slides 90–94). */
export const ORGANISATION_KINDS = ['level', 'body', 'tier'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export type OrganisationRow = SourcedRow & {
  item_id: string;
  kind: OrganisationKind;
  rank: number;
  name_zh: string;
  name_en: string;
  who_zh: string | null;
  who_en: string | null;
  role_zh: string | null;
  role_en: string | null;
  note_zh: string | null;
  note_en: string | null;
};

export const governmentOrganisation = defineDataset<OrganisationRow>({
  id: 'government-organisation',
  file: 'government-organisation.csv',
  title_zh: '五级政府与电子政务的组织机构',
  title_en: 'Levels of government and the organisation of e-government',
  description_zh: '“中央—省—市—县—镇”五级政府（第60页），以及电子政务的领导与协调机构、三层组织、执行机构和辅助机构（第90—94页）。',
  description_en:
    'The five levels of government, central to town (slide 60), and the bodies of e-government: leadership and coordination, its three tiers, the executing body and the auxiliary bodies (slides 90–94).',
  key: ['item_id'],
  columns: [
    idColumn('item_id', {
      label_zh: '条目编号',
      label_en: 'Item id',
      description_zh: '条目的稳定标识，例如 cio。',
      description_en: 'Stable id of the item, e.g. cio.',
    }),
    enumColumn('kind', ORGANISATION_KINDS, {
      label_zh: '类别',
      label_en: 'Kind',
      description_zh: 'level（政府层级）、body（机构）或 tier（组织的一层）。',
      description_en: 'level (of government), body, or tier (of the organisation).',
    }),
    numberColumn(
      'rank',
      {
        label_zh: '顺序',
        label_en: 'Rank',
        description_zh: '同一类别内的顺序，1 在最上。',
        description_en: 'Order within its kind, 1 at the top.',
      },
      { integer: true, min: 1 },
    ),
    ...textColumnPair('name', {
      label_zh: '名称',
      label_en: 'Name',
      description_zh: '层级或机构的名称',
      description_en: 'Name of the level or body',
    }),
    ...textColumnPair(
      'who',
      {
        label_zh: '由谁组成',
        label_en: 'Made up of',
        description_zh: '机构由谁组成；空表示课件未说',
        description_en: 'Who the body is; empty where the deck does not say',
      },
      { required: false },
    ),
    ...textColumnPair(
      'role',
      {
        label_zh: '职责',
        label_en: 'Role',
        description_zh: '课件说的职责；空表示课件未说',
        description_en: 'What the deck says it does; empty where it does not say',
      },
      { required: false },
    ),
    ...textColumnPair(
      'note',
      {
        label_zh: '说明',
        label_en: 'Note',
        description_zh: '课件原文的残缺或出入',
        description_en: 'Where the deck’s text is broken or differs',
      },
      { required: false },
    ),
    slideColumn(),
  ],
});
