import type { ApplicationModeRow } from '@/lib/datasets/application-modes';
import type { Locale } from '@/lib/i18n/routing';
import { getApplicationModesTranslator } from './translate';
import { toModeTree } from './tree';

/** What the tree shows: each mode with its number of systems, and the first and last system. */
export function describeApplicationModes(rows: readonly ApplicationModeRow[], locale: Locale): string {
  const t = getApplicationModesTranslator(locale);
  const tree = toModeTree(rows);
  const separator = locale === 'zh' ? '，' : ', ';
  const modes = (tree.children ?? [])
    .map((node) =>
      node.data.kind === 'mode' ? t('describeMode', { code: node.data.id.toUpperCase(), count: node.children?.length ?? 0 }) : '',
    )
    .join(separator);
  const systems = tree
    .leaves()
    .map((leaf) => (leaf.data.kind === 'system' ? (locale === 'zh' ? leaf.data.row.system_zh : leaf.data.row.system_en) : ''));
  return t('describe', { modes, first: systems[0] ?? '', last: systems.at(-1) ?? '' });
}
