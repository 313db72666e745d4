import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PresentDeck } from '@/components/present/present-deck';
import type { Locale } from '@/lib/i18n/routing';

type PageProps = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ slide?: string | string[]; step?: string | string[]; highlight?: string | string[]; note?: string | string[] }>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'present' });
  return { title: t('pageTitle') };
}

export default async function PresentPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <PresentDeck locale={locale} searchParams={await searchParams} />;
}
