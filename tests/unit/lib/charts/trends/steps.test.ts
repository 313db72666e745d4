import { describe, expect, test, vi } from 'vitest';
import type { InternetUsersRow } from '@/lib/datasets/internet-users';
import type { TrendsChartData } from '@/lib/charts/trends/types';
import { getDefaultView } from '@/lib/charts/trends/view';
import { loadFixtureRows } from '../../../fixture-rows';

vi.mock('server-only', () => ({}));
const { toTrendsInput } = await import('@/lib/charts/trends/input');
const { layoutTrends } = await import('@/lib/charts/trends/layout');
const { TRENDS_STEP_COUNT, getTrendsSteps, getValuesAt, toTrendsStepInput } = await import('@/lib/charts/trends/steps');
const { getTranslator } = await import('@/lib/i18n/translator');
const t = await getTranslator('en', 'trends');

/** Two countries, 1990–2023; BBB has no measurement in 1999. */
const ROWS: InternetUsersRow[] = ['AAA', 'BBB'].flatMap((code, c) =>
  Array.from({ length: 34 }, (_, i) => 1990 + i)
    .filter((year) => !(code === 'BBB' && year === 1999))
    .map((year) => ({
      code,
      entity_zh: null,
      entity_en: `Country ${code}`,
      year,
      internet_users_pct: (year - 1990) * (2 + c),
      source: null,
    })),
);
const DATA: TrendsChartData = { rows: ROWS, milestones: await loadFixtureRows('milestones'), stages: await loadFixtureRows('stages') };
const INPUT = toTrendsInput(DATA, getDefaultView(ROWS), 'en', t);

describe('getTrendsSteps', () => {
  test('gives one step per milestone on the axis, in time order, then one with every year', () => {
    const steps = getTrendsSteps(INPUT);
    expect(steps.map((step) => [step.year, step.event?.id ?? null])).toEqual([
      [1993, 'three-golden-projects'],
      [2002, 'document-17'],
      [2006, 'gov-cn-launch'],
      [2023, null],
    ]);
    // The fixtures leave out one of the chart's milestones (the Government Online Project): no step for it.
    expect(steps).toHaveLength(TRENDS_STEP_COUNT - 1);
  });

  test('leaves out the milestones outside the view’s years', () => {
    const steps = getTrendsSteps({ ...INPUT, view: { ...INPUT.view, from: 2000, to: 2010 } });
    expect(steps.map((step) => step.event?.id ?? 'all')).toEqual(['document-17', 'gov-cn-launch', 'all']);
  });
});

describe('toTrendsStepInput', () => {
  test('draws the lines up to the step’s year and the milestones so far, on the whole view’s axis', () => {
    const [, document17] = getTrendsSteps(INPUT);
    const input = toTrendsStepInput(INPUT, document17!);
    expect(input.series.map((s) => s.points.at(-1)?.year)).toEqual([2002, 2002]);
    expect(input.events.map((event) => event.id)).toEqual(['three-golden-projects', 'document-17']);
    const whole = layoutTrends(INPUT, { width: 1100, height: 560, axesFrom: INPUT });
    const step = layoutTrends(input, { width: 1100, height: 560, axesFrom: INPUT });
    // The axes do not move between steps: the same years and shares at the same places.
    expect(step.plot).toEqual(whole.plot);
    expect(step.xTicks).toEqual(whole.xTicks);
    expect(step.yTicks).toEqual(whole.yTicks);
    expect(step.lines[0]!.end.x).toBeLessThan(whole.lines[0]!.end.x);
  });

  test('the last step draws every year and every milestone', () => {
    const last = getTrendsSteps(INPUT).at(-1)!;
    expect(toTrendsStepInput(INPUT, last)).toMatchObject({ series: INPUT.series, events: INPUT.events });
  });
});

describe('getValuesAt', () => {
  test('gives each line’s latest value up to the year, none before its first measurement', () => {
    expect(getValuesAt(INPUT.series, 1999).map(({ series, value }) => [series.code, value])).toEqual([
      ['AAA', 18],
      ['BBB', 24],
    ]);
    expect(getValuesAt(INPUT.series, 1980)).toEqual([]);
  });
});
