import 'server-only';
import { getDatasetVersion } from '@/lib/datasets/load';
import type { DatasetId } from '@/lib/datasets/registry';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { LiveDataPoll } from './live-data-poll';

/**
 * The datasets' versions as `GET /api/datasets/versions` answers them now, space-separated. A page
 * takes it before it reads any rows: then what it shows is never older than this, and a newer
 * reading only costs one more refresh.
 */
export function getLiveVersion(ids: readonly DatasetId[]): string {
  return ids.map(getDatasetVersion).join(' ');
}

type LiveDataProps = { ids: readonly DatasetId[]; version: string; locale: Locale };

/**
 * Makes a data page follow edits to the DATA_DIR files while it is open (docs/DATA.md): the page's
 * datasets' versions are polled, starting from `version`, the ones this render used.
 */
export async function LiveData({ ids, version, locale }: LiveDataProps) {
  const t = await getTranslator(locale, 'data');
  return <LiveDataPoll ids={ids} version={version} updated={t('live.updated')} />;
}
