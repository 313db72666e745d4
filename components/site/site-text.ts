import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import type { ThemeChoice } from '@/lib/theme';

/** The language switch's words: the other language's name and the link's accessible name. */
export async function getLanguageSwitchText(locale: Locale): Promise<{ label: string; switchTo: string }> {
  const t = await getTranslations({ locale, namespace: 'common.language' });
  return { label: t(locale === 'zh' ? 'en' : 'zh'), switchTo: t('switchTo') };
}

/** The theme picker's choices in the page's language. */
export async function getThemeChoiceNames(locale: Locale): Promise<Record<ThemeChoice, string>> {
  const t = await getTranslations({ locale, namespace: 'common.theme' });
  return { system: t('system'), light: t('light'), dark: t('dark'), projector: t('projector') };
}
