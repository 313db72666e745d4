import { getTranslations } from 'next-intl/server';
import type { StageRow } from '@/lib/datasets/stages';
import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';

type Translate = Awaited<ReturnType<typeof getTranslations<'present.stages'>>>;

function formatStageDate(date: string, t: Translate): string {
  const [year, month] = date.split('-').map(Number);
  return month ? t('month', { year: year!, month }) : t('year', { year: year! });
}

function formatPeriod(stage: StageRow, t: Translate): string {
  const start = formatStageDate(stage.start, t);
  return stage.end ? t('period', { start, end: formatStageDate(stage.end, t) }) : t('since', { start });
}

/** The three stages side by side: name, period, what started each, and the deck's description. */
export async function StagesSlide({ locale, stages }: { locale: Locale; stages: StageRow[] }) {
  const t = await getTranslations({ locale, namespace: 'present.stages' });
  const ordered = [...stages].sort((a, b) => a.stage_rank - b.stage_rank);
  return (
    <div className="present-stages">
      <h2 className="present-heading">{t('heading')}</h2>
      <ol className="present-stages__list">
        {ordered.map((stage) => (
          <li key={stage.stage_id} className={`present-stage present-stage--${stage.stage_rank}`}>
            <h3 className="present-stage__name">{localized(stage, 'name', locale)}</h3>
            <p className="present-stage__period">{formatPeriod(stage, t)}</p>
            <p className="present-stage__description">{localized(stage, 'description', locale)}</p>
            <p className="present-stage__event">{t('startEvent', { event: localized(stage, 'start_event', locale) })}</p>
            <p className="present-source">{t('slide', { slide: stage.source_slide })}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
