'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';

function LanguageLink() {
  const t = useTranslations('common.language');
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const other = locale === 'zh' ? 'en' : 'zh';
  const query = search?.toString() ?? '';
  return (
    <Link
      href={`${pathname}${query ? `?${query}` : ''}`}
      locale={other}
      lang={other === 'zh' ? 'zh-CN' : 'en'}
      hrefLang={other === 'zh' ? 'zh-CN' : 'en'}
      aria-label={t('switchTo')}
      className="language-switch"
    >
      {t(other)}
    </Link>
  );
}

/** Links to the same page and query in the other language. */
export function LanguageSwitch() {
  return (
    <Suspense fallback={<PlainLanguageLink />}>
      <LanguageLink />
    </Suspense>
  );
}

function PlainLanguageLink() {
  const t = useTranslations('common.language');
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'zh' ? 'en' : 'zh';
  return (
    <Link href={pathname} locale={other} lang={other === 'zh' ? 'zh-CN' : 'en'} aria-label={t('switchTo')}>
      {t(other)}
    </Link>
  );
}
