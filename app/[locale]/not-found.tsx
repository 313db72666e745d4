import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function LocaleNotFound() {
  const t = useTranslations('common.notFound');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        <Link href="/">{t('back')}</Link>
      </p>
    </>
  );
}
