import { ChartTable } from '@/components/charts/chart-table';
import { getMetricName, getNote, getNoteMarker, getPeriodLabel, getValueLabel } from '@/lib/charts/united-states/labels';
import type { UsRow } from '@/lib/datasets/us-downsizing';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

export type UnitedStatesTableProps = { rows: readonly UsRow[]; locale: Locale; t: Translate; figureId: string };

/** The six figures as a table: as the deck words them, in full, with their unit, period and note. */
export function UnitedStatesTable({ rows, locale, t, figureId }: UnitedStatesTableProps) {
  return (
    <ChartTable
      caption={t('table.caption')}
      columns={[
        { label: t('table.metric') },
        { label: t('table.value'), numeric: true },
        { label: t('table.exact'), numeric: true },
        { label: t('table.unit') },
        { label: t('table.period') },
        { label: t('table.note') },
      ]}
      rows={rows.map((row, index) => {
        const marker = getNoteMarker(index);
        return {
          key: row.metric_id,
          cells: [
            getMetricName(row, locale),
            getValueLabel(row, locale, t),
            formatNumber(row.value, locale),
            t(`tableUnit.${row.unit}`),
            getPeriodLabel(row, t),
            getNote(row, locale) ? <a href={`#${figureId}-note-${marker}`}>{marker}</a> : null,
          ],
        };
      })}
    />
  );
}
