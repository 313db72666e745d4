import { getTranslations } from 'next-intl/server';
import { formatSlideRanges } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';

export type DatasetMetaProps = {
  rows: number;
  file: string;
  slides: readonly number[];
  /** Beyond the deck, the data's credit line, which says what it is itself ("Data: ITU via …", "数据：…"). */
  credit?: string | null;
  locale: Locale;
};

/** Row count, the file the rows were read from, and the deck's slides they come from (or, beyond the deck, their credit). */
export async function DatasetMeta({ rows, file, slides, credit, locale }: DatasetMetaProps) {
  const t = await getTranslations({ locale, namespace: 'data' });
  return (
    <ul className="dataset-meta">
      <li>{t('rows', { count: rows })}</li>
      <li>
        <code>{file}</code>
      </li>
      <li>{credit ?? t('slides', { slides: formatSlideRanges(slides, locale), count: slides.length })}</li>
    </ul>
  );
}
