import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { LanguageSwitch } from './language-switch';
import { LocaleLink } from './locale-link';
import { getNavItems } from './nav-items';
import { SiteNav } from './site-nav';
import { ThemePicker } from './theme-picker';
import { getLanguageSwitchText, getThemeChoiceNames } from './site-text';

export async function SiteHeader() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations({ locale, namespace: 'common' });
  const navItems = await getNavItems(locale);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <LocaleLink locale={locale} href="/" className="site-title">
          {t('siteTitle')}
        </LocaleLink>
        <SiteNav locale={locale} label={t('nav.label')} items={navItems} />
        <div className="site-controls">
          <LanguageSwitch locale={locale} {...await getLanguageSwitchText(locale)} className="language-switch" />
          <ThemePicker label={t('theme.label')} choices={await getThemeChoiceNames(locale)} />
        </div>
      </div>
    </header>
  );
}
