import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PresenterView } from '@/components/present/presenter-view';
import type { Locale } from '@/lib/i18n/routing';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ slide?: string | string[]; step?: string | string[]; highlight?: string | string[]; note?: string | string[] }>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'present.presenter' });
  return { title: t('title'), robots: { index: false } };
}

export default async function PresenterPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <PresenterView locale={locale} searchParams={await searchParams} />;
}
