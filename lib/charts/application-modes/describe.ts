import type { ApplicationModeRow } from '@/lib/datasets/application-modes';
import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';
import type { Translate } from '@/lib/i18n/translator';
import { toModeTree } from './tree';

/** What the tree shows: each mode with its number of systems, and the first and last system. */
export function describeApplicationModes(rows: readonly ApplicationModeRow[], locale: Locale, t: Translate): string {
  const tree = toModeTree(rows);
  const modes = (tree.children ?? [])
    .map((node) =>
      node.data.kind === 'mode' ? t('describeMode', { code: node.data.id.toUpperCase(), count: node.children?.length ?? 0 }) : '',
    )
    .join(t('describeSeparator'));
  const systems = tree.leaves().map((leaf) => (leaf.data.kind === 'system' ? localized(leaf.data.row, 'system', locale) : ''));
  return t('describe', { modes, first: systems[0] ?? '', last: systems.at(-1) ?? '' });
}
