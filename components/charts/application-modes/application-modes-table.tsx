import type { ApplicationModeRow } from '@/lib/datasets/application-modes';
import './application-modes.css';
import type { Translate } from '@/lib/i18n/translator';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';

export type ApplicationModesTableProps = {
  rows: readonly ApplicationModeRow[];
  locale: Locale;
  t: Translate;
  markers: Record<string, string>;
};

/** Each mode's definition and its systems in the deck's numbering, one row group per mode. */
export function ApplicationModesTable({ rows, locale, t, markers }: ApplicationModesTableProps) {
  const modeIds = [...new Set(rows.map((row) => row.mode_id))];
  return (
    <table className="data-table">
      <caption>{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.mode')}</th>
          <th scope="col" className="num">
            {t('table.no')}
          </th>
          <th scope="col">{t('table.system')}</th>
          <th scope="col" className="num">
            {t('table.slide')}
          </th>
        </tr>
      </thead>
      {modeIds.map((modeId) => {
        const modeRows = rows.filter((row) => row.mode_id === modeId).sort((a, b) => a.item_no - b.item_no);
        const first = modeRows[0]!;
        return (
          <tbody key={modeId}>
            <tr>
              <th scope="rowgroup" colSpan={4}>
                {localized(first, 'mode', locale)}
                <span className="application-modes-table__definition">
                  {t('table.definition', { text: `${localized(first, 'mode_definition', locale)}${markers[modeId] ?? ''}` })}
                </span>
              </th>
            </tr>
            {modeRows.map((row) => (
              <tr key={row.item_no}>
                <td>{modeId.toUpperCase()}</td>
                <td className="num">{row.item_no}</td>
                <td>{localized(row, 'system', locale)}</td>
                <td className="num">{row.source_slide}</td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
