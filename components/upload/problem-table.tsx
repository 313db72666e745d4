import { useText, useTextLocale } from '@/components/i18n/text-provider';

export type UploadProblem = { line: number; column: string | null; message: string; message_zh: string };

export type ProblemTableProps = {
  problems: readonly UploadProblem[];
  /** Problems found, when the server listed only some of them. */
  total?: number;
  caption: string;
  /** Column name → its label in the page's language. */
  columnLabels: Readonly<Record<string, string>>;
  tone: 'error' | 'warning';
};

const SHOWN = 200;

/** Problems with an uploaded file, line by line: where, which column, and why, in the page's language. */
export function ProblemTable({ problems, total = problems.length, caption, columnLabels, tone }: ProblemTableProps) {
  const t = useText('upload');
  const locale = useTextLocale();
  if (problems.length === 0) return null;
  const shown = Math.min(problems.length, SHOWN);
  // Own labels only: a column named "constructor" or "__proto__" must not reach Object.prototype.
  const labelOf = (column: string) => (Object.hasOwn(columnLabels, column) ? columnLabels[column] : undefined);
  return (
    <div className={`problem-table problem-table--${tone}`}>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('line')}
              </th>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('problem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, SHOWN).map((problem, i) => (
              <tr key={i}>
                <th scope="row" className="num">
                  {problem.line > 0 ? problem.line : t('wholeFile')}
                </th>
                <td>
                  {problem.column ? (
                    <>
                      <code>{problem.column}</code>
                      {labelOf(problem.column) ? <span className="problem-table__label"> {labelOf(problem.column)}</span> : null}
                    </>
                  ) : null}
                </td>
                <td>{locale === 'zh' ? problem.message_zh : problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > shown ? <p>{t('more', { count: total - shown })}</p> : null}
    </div>
  );
}
