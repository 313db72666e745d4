import { getTranslations } from 'next-intl/server';
import { getPageOrigin } from '@/lib/http/page-origin';
import type { Locale } from '@/lib/i18n/routing';
import { getQrSvg } from '@/lib/present/qr';

export type SourcesSlideProps = {
  locale: Locale;
  /** One entry per part of the deck: its title and the slides it comes from. */
  parts: { title: string; source: string }[];
};

/** Where everything came from, the site's full address and a QR code of it (drawn here, no network), and the data. */
export async function SourcesSlide({ locale, parts }: SourcesSlideProps) {
  const t = await getTranslations({ locale, namespace: 'present.sources' });
  // Full addresses from the visitor's public origin, so students can scan or type them from the screen.
  const origin = await getPageOrigin();
  const siteUrl = `${origin}/${locale}`;
  const dataUrl = `${origin}/${locale}/data`;
  const qr = await getQrSvg(siteUrl);
  return (
    <div className="present-sources">
      <h2 className="present-heading">{t('heading')}</h2>
      <div className="present-sources__body">
        <div className="present-sources__text">
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
        </div>
        <div className="present-sources__side">
          <figure className="present-sources__site">
            <div
              className="present-sources__qr"
              role="img"
              aria-label={t('qr', { url: siteUrl })}
              dangerouslySetInnerHTML={{ __html: qr }}
            />
            <figcaption>
              {t('site')}
              <br />
              <a href={siteUrl} className="present-sources__url">
                {siteUrl}
              </a>
            </figcaption>
          </figure>
          {/* Under the address, where a 4:3 slide has room: the list beside it fills the text's column. */}
          <p className="present-sources__thanks">{t('thanks')}</p>
        </div>
      </div>
    </div>
  );
}
