import { getTranslations } from 'next-intl/server';
import { getPageOrigin } from '@/lib/http/page-origin';
import type { Locale } from '@/lib/i18n/routing';

export type SourcesSlideProps = {
  locale: Locale;
  /** One entry per part of the deck: its title and the slides it comes from. */
  parts: { title: string; source: string }[];
};

/** Where everything came from, and where to download the data. */
export async function SourcesSlide({ locale, parts }: SourcesSlideProps) {
  const t = await getTranslations({ locale, namespace: 'present.sources' });
  // The full address, so students can type it from the screen.
  const dataUrl = `${await getPageOrigin()}/${locale}/data`;
  return (
    <div className="present-sources">
      <h2 className="present-heading">{t('heading')}</h2>
      <p className="present-sources__deck">{t('deck')}</p>
      <ul className="present-sources__list">
        {parts.map((part) => (
          <li key={part.title}>
            <strong>{part.title}</strong> {part.source}
          </li>
        ))}
      </ul>
      <p className="present-sources__data">
        {t('data')} <a href={dataUrl}>{dataUrl}</a>
      </p>
      <p className="present-sources__thanks">{t('thanks')}</p>
    </div>
  );
}
