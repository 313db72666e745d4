import type { ApplicationModeRow } from '@/lib/datasets/application-modes';
import type { FranceRow } from '@/lib/datasets/france-internet';
import type { MilestoneRow } from '@/lib/datasets/milestones';
import type { UsRow } from '@/lib/datasets/us-downsizing';
import type { CoverageRow } from '@/lib/datasets/website-coverage';
import { formatCount, formatPercent } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

/** The rows the overview's headline numbers come from. */
export type OverviewRows = {
  milestones: MilestoneRow[];
  coverage: CoverageRow[];
  france: FranceRow[];
  unitedStates: UsRow[];
  applicationModes: ApplicationModeRow[];
};

export type OverviewChartId = 'timeline' | 'coverage' | 'france' | 'united-states' | 'application-modes';
export type Headline = { chart: OverviewChartId; value: string; label: string };

/** One number per chart, from the data, e.g. "96%" "of State Council departments had a website". */
export function getHeadlines(rows: OverviewRows, locale: Locale, t: Translate): Headline[] {
  const years = rows.milestones.map((row) => Number(row.date.slice(0, 4)));
  const from = String(Math.min(...years));
  const to = String(Math.max(...years));
  const topLevel = [...rows.coverage].sort((a, b) => a.level_rank - b.level_rank)[0];
  const users = rows.france.find((row) => row.metric_id === 'internet-users');
  const staff = rows.unitedStates.find((row) => row.metric_id === 'federal-employees-cut');
  const modes = new Set(rows.applicationModes.map((row) => row.mode_id));
  const headlines: (Headline | null)[] = [
    {
      chart: 'timeline',
      value: String(rows.milestones.length),
      label: t('headlines.timeline', { count: rows.milestones.length, from, to }),
    },
    topLevel
      ? {
          chart: 'coverage',
          value: formatPercent(topLevel.share_pct, locale, 0),
          label: t('headlines.coverage', {
            level: locale === 'zh' ? topLevel.level_zh : topLevel.level_en,
            year: topLevel.as_of.slice(0, 4),
          }),
        }
      : null,
    users ? { chart: 'france', value: formatCount(users.value, locale), label: t('headlines.france') } : null,
    staff
      ? {
          chart: 'united-states',
          value: formatCount(staff.value, locale),
          label: t('headlines.united-states', { from: String(staff.period_start), to: String(staff.period_end) }),
        }
      : null,
    {
      chart: 'application-modes',
      value: String(modes.size),
      label: t('headlines.application-modes', { systems: rows.applicationModes.length }),
    },
  ];
  return headlines.filter((headline): headline is Headline => headline !== null);
}
