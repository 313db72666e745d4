import { scaleLinear } from 'd3-scale';
import type { Translate } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import { round1 } from '@/lib/charts/shared/numbers';
import { getTextWidth } from '@/lib/charts/text-width';
import { formatNumber, formatPercent } from '@/lib/format';
import type { Column } from './column';
import { COMPACT_PEOPLE } from './constants';
import type { FranceFigures } from './figures';

export type PanelContext = { figures: FranceFigures; t: Translate; locale: Locale; fontSize: number; x: number; width: number };

function addHeading(col: Column, text: string, fontSize: number) {
  col.addText('heading', text, { fontSize: fontSize * 1.05, fontWeight: 700 });
  col.skip(fontSize * 0.4);
}

/** Population against internet users on one people scale; the deck's 40.6 % as a dashed line. */
export function layoutPeoplePanel(col: Column, { figures, t, locale, fontSize, x, width }: PanelContext) {
  const f = figures;
  const people = (value: number) => formatNumber(value, locale, { compact: COMPACT_PEOPLE[locale] });
  const exact = (value: number) => formatNumber(value, locale);
  const computed = formatPercent(f.computedPenetration, locale);
  const stated = formatPercent(f.statedPenetration, locale);
  const barHeight = fontSize * 1.1;
  const length = scaleLinear([0, f.population], [0, width]);
  const share = scaleLinear([0, 100], [0, width]);

  addHeading(col, t('people.heading'), fontSize);
  col.addText('population', t('people.population', { value: people(f.population) }), { fontSize });
  col.skip(fontSize * 0.25);
  col.addBar(
    { key: 'population', x, width: length(f.population), fill: 'series-0', tip: t('people.populationTip', { value: exact(f.population) }) },
    barHeight,
  );
  col.skip(barHeight + fontSize * 0.8);

  col.addText('users', t('people.users', { value: people(f.internetUsers) }), { fontSize });
  col.skip(fontSize * 0.25);
  const barTop = col.y;
  col.addBar({ key: 'users-track', x, width: length(f.population), fill: 'track' }, barHeight);
  col.addBar(
    {
      key: 'users',
      x,
      width: length(f.internetUsers),
      fill: 'series-0',
      tip: t('people.usersTip', { value: exact(f.internetUsers), share: computed }),
    },
    barHeight,
  );
  const statedX = round1(x + share(f.statedPenetration));
  col.addRule({
    key: 'stated',
    x1: statedX,
    y1: round1(barTop - fontSize * 0.3),
    x2: statedX,
    y2: round1(barTop + barHeight + fontSize * 0.3),
    stroke: 'series-1',
    dashed: true,
  });
  col.skip(barHeight + fontSize * 0.8);

  col.addLegend(
    'computed',
    t('people.computed', { share: computed, marker: f.markerOf('internet-users') }),
    { fill: 'series-0' },
    fontSize,
  );
  col.addLegend(
    'stated',
    t('people.stated', { share: stated, marker: f.markerOf('internet-penetration') }),
    { fill: 'series-1', dashed: true },
    fontSize,
  );
}

/** Households with a PC against the online households among them, on one households scale. */
export function layoutHouseholdsPanel(col: Column, { figures, t, locale, fontSize, x, width }: PanelContext) {
  const f = figures;
  const count = (value: number) => formatNumber(value, locale, { compact: true });
  const barHeight = fontSize * 1.1;
  const length = scaleLinear([0, f.householdsWithPc], [0, width]);

  addHeading(col, t('households.heading'), fontSize);
  col.addText('with-pc', t('households.withPc', { value: count(f.householdsWithPc), marker: f.markerOf('households-with-pc') }), {
    fontSize,
  });
  col.skip(fontSize * 0.25);
  col.addBar(
    {
      key: 'with-pc',
      x,
      width: length(f.householdsWithPc),
      fill: 'series-0',
      tip: t('households.withPcTip', { value: count(f.householdsWithPc) }),
    },
    barHeight,
  );
  col.skip(barHeight + fontSize * 0.8);

  col.addText('online', t('households.online', { value: count(f.householdsOnline), marker: f.markerOf('households-online') }), {
    fontSize,
  });
  col.skip(fontSize * 0.25);
  col.addBar({ key: 'online-track', x, width: length(f.householdsWithPc), fill: 'track' }, barHeight);
  col.addBar(
    {
      key: 'online',
      x,
      width: length(f.householdsOnline),
      fill: 'series-0',
      tip: t('households.onlineTip', { value: count(f.householdsOnline) }),
    },
    barHeight,
  );
  col.skip(barHeight + fontSize * 0.8);

  const share = formatPercent((f.householdsOnline / f.householdsWithPc) * 100, locale, 0);
  col.addText('share', t('households.share', { share }), { fontSize, tone: 'muted' });
}

/** All adults as one 0–100 % bar: already online, willing in addition, and the rest. */
export function layoutAdultsPanel(col: Column, { figures, t, locale, fontSize, x, width }: PanelContext) {
  const f = figures;
  const barHeight = fontSize * 1.6;
  const length = scaleLinear([0, 100], [0, width]);
  const segments = [
    { key: 'already', share: f.adultsOnline, fill: 'series-2', marker: f.markerOf('adults-egov-users') },
    { key: 'willing', share: f.adultsWilling, fill: 'hatch-2', marker: f.markerOf('adults-egov-willing') },
    { key: 'rest', share: f.adultsRest, fill: 'track', marker: '' },
  ] as const;

  addHeading(col, t('adults.heading'), fontSize);
  col.skip(fontSize * 0.2);
  let left = x;
  for (const segment of segments) {
    const segmentWidth = length(segment.share);
    const share = formatPercent(segment.share, locale);
    col.addBar(
      { key: segment.key, x: left, width: segmentWidth, fill: segment.fill, tip: t(`adults.${segment.key}Tip`, { share }) },
      barHeight,
    );
    left += segmentWidth;
  }
  col.skip(barHeight + fontSize * 0.3);

  // Percentages centred under their segments, a line below the bar so the hatch never hides them.
  left = x;
  const labelTop = col.y;
  for (const segment of segments) {
    const segmentWidth = length(segment.share);
    const text = formatPercent(segment.share, locale);
    const centre = round1(left + segmentWidth / 2);
    const textWidth = getTextWidth(text, fontSize * 1.1);
    col.texts.push({
      key: `${segment.key}-share`,
      x: centre,
      y: round1(labelTop + fontSize * 0.95),
      text,
      fontSize,
      fontWeight: 600,
      anchor: 'middle',
      tone: 'text',
      box: {
        x: round1(centre - textWidth / 2),
        y: round1(labelTop + fontSize * 0.1),
        width: round1(textWidth),
        height: round1(fontSize * 1.2),
      },
    });
    left += segmentWidth;
  }
  col.skip(fontSize * 1.35 + fontSize * 0.5);

  for (const segment of segments) {
    const share = formatPercent(segment.share, locale);
    col.addLegend(segment.key, t(`adults.${segment.key}`, { share, marker: segment.marker }), { fill: segment.fill }, fontSize);
  }
}
