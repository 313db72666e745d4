import 'server-only';
import { createHash } from 'node:crypto';
import { getDataVersion } from '@/lib/datasets/load';
import { BUILD_ID } from '@/lib/http/build-id';
import type { Locale } from '@/lib/i18n/routing';

export const OVERVIEW_THUMBNAILS_PATH = '/charts/overview-thumbnails.svg';

/** The version of the overview's small charts: the build and the data's version, so a browser never keeps an old drawing under a new page. */
export function getOverviewThumbnailsVersion(): string {
  return createHash('sha256').update(`${BUILD_ID}|${getDataVersion()}`).digest('base64url').slice(0, 12);
}

/** Where a page's overview finds its small charts (renderOverviewThumbnails), for its language and the current data. */
export function getOverviewThumbnailsHref(locale: Locale): string {
  return `${OVERVIEW_THUMBNAILS_PATH}?lang=${locale}&v=${getOverviewThumbnailsVersion()}`;
}
