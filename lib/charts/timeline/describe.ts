import type { Locale } from '@/lib/i18n/routing';
import { TIMELINE_STAGES } from './categories';
import { parseMilestoneDate } from './dates';
import type { TimelineChartData } from './types';

type StageSummary = { name: string; count: number; from: number; to: number };

function summariseStages(data: TimelineChartData, locale: Locale): StageSummary[] {
  return TIMELINE_STAGES.flatMap((id) => {
    const rows = data.milestones.filter((row) => row.stage === id);
    const stage = data.stages.find((row) => row.stage_id === id);
    if (rows.length === 0 || !stage) return [];
    const years = rows.map((row) => parseMilestoneDate(row.date).year);
    return [
      { name: locale === 'zh' ? stage.name_zh : stage.name_en, count: rows.length, from: Math.min(...years), to: Math.max(...years) },
    ];
  });
}

const span = (from: number, to: number, dash: string) => (from === to ? `${from}` : `${from}${dash}${to}`);

/** What the timeline shows, from the rows, in the page's language (the chart's aria-label and <desc>). */
export function describeTimeline(data: TimelineChartData, locale: Locale): string {
  const years = data.milestones.map((row) => parseMilestoneDate(row.date).year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const stages = summariseStages(data, locale);
  const total = data.milestones.length;
  if (locale === 'zh') {
    const parts = stages.map((s) => `${s.name}${s.count}个（${span(s.from, s.to, '—')}年）`).join('，');
    return `时间线：${first}年至${last}年中国电子政务的${total}个事件，分为${stages.length}个阶段：${parts}。`;
  }
  const parts = stages.map((s) => `${s.name.toLowerCase()} ${s.count} (${span(s.from, s.to, '–')})`).join(', ');
  return `Timeline of ${total} events in China’s e-government from ${first} to ${last}, in ${stages.length} stages: ${parts}.`;
}
