import { LocaleLink } from '@/components/site/locale-link';
import type { DatasetId } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translate';
import './dataset-links.css';

/** “The data: networks, network-links”, each a link to its dataset's page (every row, CSV and JSON). */
export function DatasetLinks({ ids, locale, t }: { ids: readonly DatasetId[]; locale: Locale; t: Translate }) {
  return (
    <p className="dataset-links">
      {t('data')}{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? t('listSeparator') : null}
          <LocaleLink locale={locale} href={`/data/${id}`}>
            <code>{id}</code>
          </LocaleLink>
        </span>
      ))}
    </p>
  );
}
