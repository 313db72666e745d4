import {
  getEstimateLabel,
  getLevelName,
  getNote,
  getNoteMarker,
  getShareLabel,
  getTotalLabel,
  sortByRank,
} from '@/lib/charts/coverage/labels';
import type { CoverageRow } from '@/lib/datasets/website-coverage';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

export type CoverageTableProps = { rows: readonly CoverageRow[]; locale: Locale; t: Translate; figureId: string };

/** The coverage figures as a table, in hierarchy order, with the same qualifiers and note markers as the chart. */
export function CoverageTable({ rows, locale, t, figureId }: CoverageTableProps) {
  return (
    <table className="data-table">
      <caption>{t('table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.level')}</th>
          <th scope="col" className="num">
            {t('table.share')}
          </th>
          <th scope="col" className="num">
            {t('table.total')}
          </th>
          <th scope="col">{t('table.estimate')}</th>
          <th scope="col">{t('table.note')}</th>
        </tr>
      </thead>
      <tbody>
        {sortByRank(rows).map((row, index) => {
          const marker = getNoteMarker(index);
          return (
            <tr key={row.level_id}>
              <th scope="row">{getLevelName(row, locale)}</th>
              <td className="num">{getShareLabel(row, locale, t)}</td>
              <td className="num">{getTotalLabel(row, locale, t) ?? t('table.notGiven')}</td>
              <td>{getEstimateLabel(row, locale, t) ?? '—'}</td>
              <td>{getNote(row, locale) ? <a href={`#${figureId}-note-${marker}`}>{marker}</a> : null}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
