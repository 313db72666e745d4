import type { FranceRow } from '@/lib/datasets/france-internet';
import { formatNumber, formatPercent } from '@/lib/format';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import type { PptxChartContent } from '@/lib/pptx/types';
import { COMPACT_PEOPLE } from './constants';
import { toFranceFigures } from './figures';

const PEOPLE_FORMAT = '#,##0';

/**
 * France's slide as the page draws it, each comparison on its own scale: population against
 * internet users, households with a PC against those online, adults as one 0–100 % bar, and the
 * GDP as the deck states it. Every bar holds the deck's value. `t` is the france namespace, `tp` pptx.
 */
export function toFrancePptx(rows: readonly FranceRow[], locale: Locale, t: Translate, tp: Translate): PptxChartContent {
  const f = toFranceFigures(rows, locale);
  const people = (value: number) => formatNumber(value, locale, { compact: COMPACT_PEOPLE[locale] });
  const count = (value: number) => formatNumber(value, locale, { compact: true });
  const percent = (value: number) => formatPercent(value, locale);
  const adults = [
    { key: 'already', id: 'adults-egov-users', share: f.adultsOnline, marker: f.markerOf('adults-egov-users') },
    { key: 'willing', id: 'adults-egov-willing', share: f.adultsWilling, marker: f.markerOf('adults-egov-willing') },
    { key: 'rest', id: undefined, share: f.adultsRest, marker: '' },
  ];
  return {
    body: {
      kind: 'panels',
      columns: 2,
      panels: [
        {
          heading: t('people.heading'),
          chart: {
            direction: 'col',
            categories: [t('people.population', { value: people(f.population) }), t('people.users', { value: people(f.internetUsers) })],
            ids: ['population', 'internet-users'],
            series: [{ name: t('people.heading'), values: [f.population, f.internetUsers] }],
            numberFormat: PEOPLE_FORMAT,
            hideValueAxis: true,
          },
          lines: [
            tp('france.penetration', {
              computed: percent(f.computedPenetration),
              marker: f.markerOf('internet-users'),
              stated: percent(f.statedPenetration),
              statedMarker: f.markerOf('internet-penetration'),
            }),
          ],
        },
        {
          heading: t('households.heading'),
          chart: {
            direction: 'col',
            categories: [
              t('households.withPc', { value: count(f.householdsWithPc), marker: f.markerOf('households-with-pc') }),
              t('households.online', { value: count(f.householdsOnline), marker: f.markerOf('households-online') }),
            ],
            ids: ['households-with-pc', 'households-online'],
            series: [{ name: t('households.heading'), values: [f.householdsWithPc, f.householdsOnline] }],
            numberFormat: PEOPLE_FORMAT,
            hideValueAxis: true,
          },
          lines: [t('households.share', { share: formatPercent((f.householdsOnline / f.householdsWithPc) * 100, locale, 0) })],
        },
        {
          heading: t('adults.heading'),
          chart: {
            direction: 'bar',
            categories: [tp('france.adultsCategory')],
            series: adults.map(({ key, id, share, marker }) => ({
              name: t(`adults.${key}`, { share: percent(share), marker }),
              values: [share],
              ...(id ? { id } : {}),
            })),
            numberFormat: '0"%"',
            max: 100,
            stacked: true,
            legend: true,
          },
        },
        {
          heading: t('gdp.label'),
          id: 'gdp',
          figure: t('gdp.value', { amount: count(f.gdpUsd) }),
          lines: [t('gdp.hint', { marker: f.markerOf('gdp') })],
        },
      ],
    },
  };
}
