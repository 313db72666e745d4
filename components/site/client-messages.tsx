import 'server-only';
import type { ReactNode } from 'react';
import { TextProvider } from '@/components/i18n/text-provider';
import { compileMessages, pickMessages } from '@/lib/i18n/compiled-messages';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

/**
 * Messages for the client components inside, and only those, compiled: the pages' other text is
 * rendered on the server, so no page ships the whole catalogue or an ICU parser.
 */
export async function ClientMessages({ locale, paths, children }: { locale: Locale; paths: readonly string[]; children: ReactNode }) {
  const messages = compileMessages(pickMessages(await loadMessages(locale), paths));
  return (
    <TextProvider locale={locale} messages={messages}>
      {children}
    </TextProvider>
  );
}
