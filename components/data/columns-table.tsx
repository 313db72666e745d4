import { getTranslations } from 'next-intl/server';
import type { ColumnInfo } from '@/lib/datasets/catalogue';
import type { Locale } from '@/lib/i18n/routing';

export type ColumnsTableProps = { columns: readonly ColumnInfo[]; locale: Locale; caption: string };

/** What each column holds: its name, the Chinese header a spreadsheet may use instead, type, whether it may be empty, and meaning. */
export async function ColumnsTable({ columns, locale, caption }: ColumnsTableProps) {
  const t = await getTranslations({ locale, namespace: 'data' });
  return (
    <table className="data-table columns-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('column')}</th>
          <th scope="col">{t('headerZh')}</th>
          <th scope="col">{t('type')}</th>
          <th scope="col">{t('presence')}</th>
          <th scope="col">{t('meaning')}</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column) => (
          <tr key={column.name}>
            <th scope="row">
              <code>{column.name}</code>
            </th>
            <td lang="zh-CN" data-label={t('headerZh')}>
              {column.label_zh}
            </td>
            <td data-label={t('type')}>
              {t(`kinds.${column.kind}`)}
              {column.values ? (
                <>
                  {t('valuesSeparator')}
                  {column.values.map((value, i) => (
                    <span key={value}>
                      {i > 0 ? ', ' : null}
                      <code>{value}</code>
                    </span>
                  ))}
                </>
              ) : null}
            </td>
            <td data-label={t('presence')}>{column.required ? t('required') : t('optional')}</td>
            <td data-label={t('meaning')}>
              {locale === 'zh' ? (
                column.description_zh
              ) : (
                <>
                  <span className="columns-table__label">{column.label_en}</span>: {column.description_en}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
