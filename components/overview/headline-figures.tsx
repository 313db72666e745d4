import './overview.css';
import 'server-only';
import { getTranslations } from 'next-intl/server';
import { loadRows } from '@/lib/datasets/load';
import { CHART_MANIFESTS } from '@/components/charts/registry';
import { LocaleLink } from '@/components/site/locale-link';
import type { Locale } from '@/lib/i18n/routing';
import { getHeadlines } from '@/lib/overview/headlines';

/** The overview's key figures, each linking to the chart it comes from. */
export async function HeadlineFigures({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'pages.overview' });
  const headlines = getHeadlines(
    {
      coverage: loadRows('website-coverage'),
      milestones: loadRows('milestones'),
      us: loadRows('us-downsizing'),
      france: loadRows('france-internet'),
    },
    locale,
  );
  const routeOf = (dataset: string) =>
    CHART_MANIFESTS.find((chart) => (chart.datasets as readonly string[]).includes(dataset))?.route ?? '';
  return (
    <section aria-labelledby="headlines-title" className="headlines">
      <h2 id="headlines-title">{t('headlinesTitle')}</h2>
      <ul className="headlines__list">
        {headlines.map((headline) => (
          <li key={headline.id} className="headline" id={`headline-${headline.id}`}>
            <LocaleLink locale={locale} href={`${routeOf(headline.dataset)}${headline.query ?? ''}`} className="headline__link">
              <span className="headline__value">
                {headline.qualifier ? <span className="headline__qualifier">{t(`qualifiers.${headline.qualifier}`)}</span> : null}
                {headline.value}
              </span>
              <span className="headline__text">{t(`headlines.${headline.key}`, headline.values)}</span>
            </LocaleLink>
            <span className="headline__source">{t('slide', { slide: headline.slide })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
