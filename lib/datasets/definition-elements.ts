import { enumColumn, idColumn, slideColumn, textColumnPair } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

/** What a definition of e-government may stress; named in `messages/{locale}/concepts.json` (`elements`). */
export const ELEMENT_IDS = [
  'ict',
  'internet',
  'relations',
  'services',
  'efficiency',
  'transparency',
  'accountability',
  'participation',
  'governance',
  'management',
  'process',
  'beyond-limits',
  'scope',
  'expectations',
  'development',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

export type DefinitionElementRow = SourcedRow & {
  definition_id: string;
  element_id: ElementId;
  phrase_zh: string;
  phrase_en: string;
};

export const definitionElements = defineDataset<DefinitionElementRow>({
  id: 'definition-elements',
  file: 'definition-elements.csv',
  title_zh: '各定义强调的要素',
  title_en: 'What each definition stresses',
  description_zh: '每个定义强调哪些要素，以及课件原文中体现该要素的字句，用来并排比较各定义。',
  description_en: 'Which elements each definition stresses, with the deck’s words that show it, to compare the definitions side by side.',
  key: ['definition_id', 'element_id'],
  columns: [
    idColumn('definition_id', {
      label_zh: '定义编号',
      label_en: 'Definition id',
      description_zh: 'definitions 数据集中定义的编号。',
      description_en: 'The definition’s id in the definitions dataset.',
    }),
    enumColumn('element_id', ELEMENT_IDS, {
      label_zh: '要素编号',
      label_en: 'Element id',
      description_zh: '定义强调的要素。',
      description_en: 'The element the definition stresses.',
    }),
    ...textColumnPair('phrase', {
      label_zh: '原文字句',
      label_en: 'The deck’s words',
      description_zh: '定义中体现该要素的字句',
      description_en: 'The words of the definition that stress it',
    }),
    slideColumn(),
  ],
});
