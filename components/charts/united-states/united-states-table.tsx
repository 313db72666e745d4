import { getMetricName, getNote, getNoteMarker, getPeriodLabel, getValueLabel } from '@/lib/charts/united-states/labels';
import type { UsRow } from '@/lib/datasets/us-downsizing';
import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

export type UnitedStatesTableProps = { rows: readonly UsRow[]; locale: Locale; t: Translate; figureId: string };

/** The six figures as a table: as the deck words them, in full, with their unit, period and note. */
export function UnitedStatesTable({ rows, locale, t, figureId }: UnitedStatesTableProps) {
  return (
    <table className="data-table">
      <caption>{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.metric')}</th>
          <th scope="col" className="num">
            {t('table.value')}
          </th>
          <th scope="col" className="num">
            {t('table.exact')}
          </th>
          <th scope="col">{t('table.unit')}</th>
          <th scope="col">{t('table.period')}</th>
          <th scope="col">{t('table.note')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const marker = getNoteMarker(index);
          return (
            <tr key={row.metric_id}>
              <th scope="row">{getMetricName(row, locale)}</th>
              <td className="num">{getValueLabel(row, locale, t)}</td>
              <td className="num">{formatNumber(row.value, locale)}</td>
              <td>{t(`tableUnit.${row.unit}`)}</td>
              <td>{getPeriodLabel(row, t)}</td>
              <td>{getNote(row, locale) ? <a href={`#${figureId}-note-${marker}`}>{marker}</a> : null}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
