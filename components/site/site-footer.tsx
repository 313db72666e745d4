import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export async function SiteFooter() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'common.footer' });
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('source')}</p>
        <p>
          <Link href="/data">{t('data')}</Link>
        </p>
      </div>
    </footer>
  );
}
