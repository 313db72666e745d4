import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitch } from './language-switch';
import { SiteNav } from './site-nav';
import { ThemePicker } from './theme-picker';

export async function SiteHeader() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-title">
          {t('siteTitle')}
        </Link>
        <SiteNav />
        <div className="site-controls">
          <LanguageSwitch />
          <ThemePicker />
        </div>
      </div>
    </header>
  );
}
