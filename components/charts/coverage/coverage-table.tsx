import type { CoverageLevel } from '@/lib/charts/coverage/types';
import type { Translate } from '@/lib/i18n/translator';

export type CoverageTableProps = { levels: readonly CoverageLevel[]; t: Translate; figureId: string };

/** The coverage figures as a table, in hierarchy order, with the same qualifiers and note markers as the chart. */
export function CoverageTable({ levels, t, figureId }: CoverageTableProps) {
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
          <th scope="col">{t('table.note')}</th>
        </tr>
      </thead>
      <tbody>
        {levels.map((level) => (
          <tr key={level.id}>
            <th scope="row">{level.name}</th>
            <td className="num">{level.value}</td>
            <td className="num">{level.total ?? t('table.notGiven')}</td>
            <td>{level.marker ? <a href={`#${figureId}-note-${level.marker}`}>{level.marker}</a> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
