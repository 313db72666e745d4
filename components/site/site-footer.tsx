import { getLocale, getTranslations } from 'next-intl/server';
import { LocaleLink } from '@/components/site/locale-link';
import type { Locale } from '@/lib/i18n/routing';

export async function SiteFooter() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations({ locale, namespace: 'common.footer' });
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('source')}</p>
        <p>
          <LocaleLink locale={locale} href="/data">
            {t('data')}
          </LocaleLink>
        </p>
      </div>
    </footer>
  );
}
