import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';

export async function TitleSlide({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'present.titleSlide' });
  return (
    <div className="present-title">
      <p className="present-title__course">{t('course')}</p>
      <h1 className="present-title__heading">{t('heading')}</h1>
      <p className="present-title__subtitle">{t('subtitle')}</p>
      <p className="present-title__keys">{t('keys')}</p>
    </div>
  );
}
