import { enumColumn, numberColumn, slideColumn, textColumnPair } from './columns';
import { defineDataset, type SourcedRow } from './define-dataset';

/** The three networks of China's e-government (slides 60–63). */
export const NETWORK_IDS = ['intranet', 'extranet', 'private'] as const;
export type NetworkId = (typeof NETWORK_IDS)[number];

export type NetworkRow = SourcedRow & {
  network_id: NetworkId;
  rank: number;
  name_zh: string;
  name_en: string;
  full_name_zh: string | null;
  full_name_en: string | null;
  platform_zh: string;
  platform_en: string;
  users_zh: string;
  users_en: string;
  runs_zh: string;
  runs_en: string;
  remark_zh: string | null;
  remark_en: string | null;
  one_site_two_networks: 'yes' | 'no';
};

export const networks = defineDataset<NetworkRow>({
  id: 'networks',
  file: 'networks.csv',
  title_zh: '电子政务的三网',
  title_en: 'The three networks',
  description_zh: '内网、外网、专网：各自的全称、建在什么平台上、谁在用、运行什么，以及是否属于“一站两网”。',
  description_en:
    'Intranet, extranet and private network: their full names, what each is built on, who uses it, what runs on it, and whether it is one of the “one site, two networks”.',
  key: ['network_id'],
  columns: [
    enumColumn('network_id', NETWORK_IDS, {
      label_zh: '网络编号',
      label_en: 'Network id',
      description_zh: 'intranet（内网）、extranet（外网）或 private（专网）。',
      description_en: 'intranet, extranet or private.',
    }),
    numberColumn(
      'rank',
      { label_zh: '顺序', label_en: 'Rank', description_zh: '课件中的先后顺序。', description_en: 'Order in the deck.' },
      { integer: true, min: 1 },
    ),
    ...textColumnPair('name', {
      label_zh: '名称',
      label_en: 'Name',
      description_zh: '网络的简称',
      description_en: 'Short name of the network',
    }),
    ...textColumnPair(
      'full_name',
      {
        label_zh: '全称',
        label_en: 'Full name',
        description_zh: '课件给出的全称；空表示课件未给出',
        description_en: 'The full name the deck gives; empty where it gives none',
      },
      { required: false },
    ),
    ...textColumnPair('platform', {
      label_zh: '建设基础',
      label_en: 'Built on',
      description_zh: '网络建在什么平台上、由谁建设',
      description_en: 'What the network is built on, and by whom',
    }),
    ...textColumnPair('users', {
      label_zh: '使用者',
      label_en: 'Used by',
      description_zh: '谁在这张网上办事',
      description_en: 'Who works on it',
    }),
    ...textColumnPair('runs', {
      label_zh: '运行的系统',
      label_en: 'What runs on it',
      description_zh: '课件列出的系统和业务，以 | 分隔',
      description_en: 'The systems and business the deck lists, separated by |',
    }),
    ...textColumnPair(
      'remark',
      {
        label_zh: '要点',
        label_en: 'Remark',
        description_zh: '课件对这张网的其他说明',
        description_en: 'What else the deck says of the network',
      },
      { required: false },
    ),
    enumColumn('one_site_two_networks', ['yes', 'no'], {
      label_zh: '属于“一站两网”',
      label_en: 'In “one site, two networks”',
      description_zh: 'yes：电子政务要考虑的两网之一；no：不包括在内（第63页）。',
      description_en: 'yes: one of the two networks e-government considers; no: left out (slide 63).',
    }),
    slideColumn(),
  ],
});
