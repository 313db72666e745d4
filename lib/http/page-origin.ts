import 'server-only';
import { headers } from 'next/headers';
import { getPublicOrigin } from './public-origin';

/** The public origin of the page being rendered (server components, generateMetadata). */
export async function getPageOrigin(): Promise<string> {
  return getPublicOrigin(await headers(), 'http://localhost');
}
