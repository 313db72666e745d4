import type { LoadedDataset } from '@/lib/datasets/load';
import { DATASETS, type DatasetId } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';

export type DataDirNoticeProps = { loaded: LoadedDataset<DatasetId>; locale: Locale };

/**
 * Where a dataset's rows come from when DATA_DIR is set, and, if the DATA_DIR file was
 * rejected, exactly which line, column and why, so the lecturer can fix the file.
 */
export async function DataDirNotice({ loaded, locale }: DataDirNoticeProps) {
  const t = await getTranslator(locale, 'data');
  if (loaded.rejected) {
    const { file, problems } = loaded.rejected;
    return (
      <div className="data-notice data-notice--problem" role="note">
        <p className="data-notice__title">{t('rejected.title', { file })}</p>
        <p>{t('rejected.lead', { shipped: `data/${DATASETS[loaded.id].file}` })}</p>
        <ul className="problem-list">
          {problems.map((problem, i) => (
            <li key={i}>
              <span className="problem-list__where">
                {problem.line > 0 ? t('problem.line', { line: problem.line }) : t('problem.wholeFile')}
                {problem.column ? t('problem.separator') + t('problem.column', { column: problem.column }) : null}
              </span>
              {t('problem.colon')}
              {locale === 'zh' ? problem.message_zh : problem.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (loaded.origin === 'data-dir') {
    return (
      <p className="data-notice" role="note">
        {t('fromDataDir', { file: loaded.file })}
      </p>
    );
  }
  return null;
}
