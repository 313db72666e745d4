import type { ApplicationModeRow } from '@/lib/datasets/application-modes';
import type { Translate } from '@/lib/i18n/translator';
import type { Headline } from '../headline';

/** "4" "application modes, 12 systems in all". */
export function getApplicationModesHeadline(rows: readonly ApplicationModeRow[], t: Translate): Headline {
  const modes = new Set(rows.map((row) => row.mode_id));
  return { chart: 'application-modes', value: String(modes.size), label: t('headline', { systems: rows.length }) };
}
