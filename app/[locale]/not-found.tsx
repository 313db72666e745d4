import { useLocale, useTranslations } from 'next-intl';
import { LocaleLink } from '@/components/site/locale-link';
import type { Locale } from '@/lib/i18n/routing';

export default function LocaleNotFound() {
  const t = useTranslations('common.notFound');
  const locale = useLocale() as Locale;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        <LocaleLink locale={locale} href="/">
          {t('back')}
        </LocaleLink>
      </p>
    </>
  );
}
