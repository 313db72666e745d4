import { ChartTable } from '@/components/charts/chart-table';
import type { CoverageLevel } from '@/lib/charts/coverage/types';
import type { Translate } from '@/lib/i18n/translator';

export type CoverageTableProps = { levels: readonly CoverageLevel[]; t: Translate; figureId: string };

/** The coverage figures as a table, in hierarchy order, with the same qualifiers and note markers as the chart. */
export function CoverageTable({ levels, t, figureId }: CoverageTableProps) {
  return (
    <ChartTable
      caption={t('table.caption')}
      columns={[
        { label: t('table.level') },
        { label: t('table.share'), numeric: true },
        { label: t('table.total'), numeric: true },
        { label: t('table.note') },
      ]}
      rows={levels.map((level) => ({
        key: level.id,
        cells: [
          level.name,
          level.value,
          level.total ?? t('table.notGiven'),
          level.marker ? <a href={`#${figureId}-note-${level.marker}`}>{level.marker}</a> : null,
        ],
      }))}
    />
  );
}
