import { vi } from 'vitest';
import type { Locale } from '@/lib/i18n/routing';
import { getTranslator } from '@/lib/i18n/translator';
import { toTimelineInput } from '@/lib/charts/timeline/items';
import type { TimelineChartData, TimelineInput } from '@/lib/charts/timeline/types';

vi.mock('server-only', () => ({}));

/** The shipped rows, read through the app's own loader. */
export async function loadTimelineData(): Promise<TimelineChartData> {
  const { loadRows } = await import('@/lib/datasets/load');
  return { milestones: loadRows('milestones'), stages: loadRows('stages'), countries: loadRows('country-profiles') };
}

export async function loadTimelineInput(locale: Locale): Promise<TimelineInput> {
  return toTimelineInput(await loadTimelineData(), locale, await getTranslator(locale, 'timeline'));
}
