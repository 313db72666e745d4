import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

export type DatasetMetaProps = { rows: number; file: string; slides: readonly number[]; locale: Locale };

/** Row count, the file the rows were read from, and the deck's slides they come from. */
export async function DatasetMeta({ rows, file, slides, locale }: DatasetMetaProps) {
  const t = await getTranslations({ locale, namespace: 'data' });
  const list = new Intl.ListFormat(locale === 'zh' ? 'zh-CN' : 'en', { style: 'narrow', type: 'unit' });
  return (
    <ul className="dataset-meta">
      <li>{t('rows', { count: rows })}</li>
      <li>
        <code>{file}</code>
      </li>
      <li>{t('slides', { slides: list.format(slides.map(String)), count: slides.length })}</li>
    </ul>
  );
}
