import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Locale routing for pages only: not the API, images, embeds or Next's own files.
  matcher: ['/((?!api|charts|embed|_next|_vercel|.*\\..*).*)'],
};
