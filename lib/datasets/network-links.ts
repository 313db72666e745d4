import { enumColumn, slideColumn, textColumnPair } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';
import { NETWORK_IDS, type NetworkId } from './networks';

export const ISOLATIONS = ['physical', 'logical'] as const;
export type Isolation = (typeof ISOLATIONS)[number];
/** What a network is isolated from: another of the three, or the internet. */
export const OTHER_NETWORK_IDS = [...NETWORK_IDS, 'internet'] as const;
export type OtherNetworkId = (typeof OTHER_NETWORK_IDS)[number];

export type NetworkLinkRow = SourcedRow & {
  network_id: NetworkId;
  other_id: OtherNetworkId;
  isolation: Isolation;
  phrase_zh: string;
  phrase_en: string;
};

export const networkLinks = defineDataset<NetworkLinkRow>({
  id: 'network-links',
  file: 'network-links.csv',
  title_zh: '三网之间的隔离',
  title_en: 'How the networks are isolated',
  description_zh: '课件说的每一处隔离：哪两张网之间、物理隔离还是逻辑隔离，以及课件原话。',
  description_en: 'Every isolation the deck names: between which two networks, physical or logical, and the deck’s words.',
  key: ['network_id', 'other_id'],
  columns: [
    enumColumn('network_id', NETWORK_IDS, {
      label_zh: '网络编号',
      label_en: 'Network id',
      description_zh: 'networks 数据集中网络的编号。',
      description_en: 'The network’s id in the networks dataset.',
    }),
    enumColumn('other_id', OTHER_NETWORK_IDS, {
      label_zh: '隔离对象',
      label_en: 'Isolated from',
      description_zh: '另一张网，或 internet（互联网）。',
      description_en: 'Another of the networks, or internet.',
    }),
    enumColumn('isolation', ISOLATIONS, {
      label_zh: '隔离方式',
      label_en: 'Isolation',
      description_zh: 'physical（物理隔离）或 logical（逻辑隔离）。',
      description_en: 'physical or logical.',
    }),
    ...textColumnPair('phrase', {
      label_zh: '原文字句',
      label_en: 'The deck’s words',
      description_zh: '课件说这处隔离的原话',
      description_en: 'What the deck says of this isolation',
    }),
    slideColumn(),
  ],
});
