import { getTranslations } from 'next-intl/server';
import type { CountryFact, CountryFacts } from '@/lib/concepts/countries';
import { layoutCountryYears, type YearRowInput } from '@/lib/concepts/country-years';
import { formatSlideList } from '@/lib/concepts/slides';
import type { CountryFactKind } from '@/lib/datasets/country-facts';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translate';
import { ConceptSection } from './concept-section';
import { CountryYearsChart } from './country-years-chart';
import { DatasetLinks } from './dataset-links';
import { formatDeckDate } from './deck-date';
import { SlideLink } from './slide-link';

export type CountriesSectionProps = { locale: Locale; countries: readonly CountryFacts[] };

/** The lists under each country, in this order; the dated figures are charted above them. */
const LISTS: readonly CountryFactKind[] = ['standing', 'advantage', 'lesson', 'law', 'audience'];
const CHART_WIDTHS = { narrow: 360, wide: 960 } as const;

function FactList({ country, kind, facts, t }: { country: string; kind: CountryFactKind; facts: readonly CountryFact[]; t: Translate }) {
  const ordered = kind !== 'standing';
  const List = ordered ? 'ol' : 'ul';
  // A note every item shares (the laws' names) is said once, under the list.
  const notes = [...new Set(facts.map((fact) => fact.note))];
  const shared = notes.length === 1 && facts.length > 1 ? notes[0] : null;
  return (
    <div className="country-facts__list">
      <h4 id={`${country}-${kind}`}>{t(`countries.kind.${kind}`, { count: facts.length })}</h4>
      <List className="concept-numbered">
        {facts.map((fact) => {
          const id = `${country}-${fact.id}`;
          return (
            <li key={fact.id} id={id}>
              {fact.text} <SlideLink id={id} slide={fact.slide} t={t} />
              {fact.note && !shared ? <span className="concept-table__sub">{fact.note}</span> : null}
            </li>
          );
        })}
      </List>
      {shared ? <p className="concept-notes">{shared}</p> : null}
    </div>
  );
}

/** What the deck says of the United States (slides 31–39) and Singapore (slides 44–45): dated figures on a time axis, then point by point. */
export async function CountriesSection({ locale, countries }: CountriesSectionProps) {
  const t = (await getTranslations({ locale, namespace: 'concepts' })) as unknown as Translate;
  const rows: YearRowInput[] = countries
    .map((country) => ({
      id: country.id,
      name: country.name,
      marks: country.facts.figure.flatMap((fact) =>
        fact.date ? [{ id: fact.id, date: fact.date, dateText: formatDeckDate(fact.date, t), label: fact.label ?? fact.text }] : [],
      ),
    }))
    .filter((row) => row.marks.length > 0);
  const labelled = countries.map((country) => ({
    ...country,
    figures: country.facts.figure.filter((fact) => fact.date),
  }));
  const description = labelled
    .map((country) =>
      t('countries.chartCountry', {
        country: country.name,
        figures: country.figures.map((f) => `${formatDeckDate(f.date!, t)} ${f.text}`).join(t('listSeparator')),
      }),
    )
    .join(' ');
  const slides = countries.flatMap((country) => country.slides);
  return (
    <ConceptSection
      id="countries"
      title={t('countries.title')}
      lead={t('countries.lead')}
      source={t('source', { slides: formatSlideList(slides, t('listSeparator')) })}
    >
      {rows.length > 0 ? (
        <figure className="country-years-figure" id="countries-figures">
          <figcaption>{t('countries.chartTitle')}</figcaption>
          <div className="country-years-figure__variants">
            {(Object.keys(CHART_WIDTHS) as (keyof typeof CHART_WIDTHS)[]).map((variant) => (
              <div key={variant} className={`country-years-figure__${variant}`}>
                <CountryYearsChart
                  layout={layoutCountryYears(rows, { width: CHART_WIDTHS[variant] })}
                  title={t('countries.chartTitle')}
                  description={description}
                />
              </div>
            ))}
          </div>
        </figure>
      ) : null}
      <div className="country-facts">
        {countries.map((country) => (
          <article
            key={country.id}
            className="country-facts__country"
            id={`country-${country.id}`}
            aria-labelledby={`country-${country.id}-title`}
          >
            <h3 id={`country-${country.id}-title`}>{country.name}</h3>
            {country.facts.figure.length > 0 ? (
              <dl className="country-facts__figures">
                {country.facts.figure.map((fact) => (
                  <div key={fact.id} id={`${country.id}-${fact.id}`}>
                    <dt>{fact.date ? formatDeckDate(fact.date, t) : null}</dt>
                    <dd>
                      {fact.text} <SlideLink id={`${country.id}-${fact.id}`} slide={fact.slide} t={t} />
                      {fact.note ? <span className="concept-table__sub">{fact.note}</span> : null}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {LISTS.map((kind) =>
              country.facts[kind].length > 0 ? (
                <FactList key={kind} country={country.id} kind={kind} facts={country.facts[kind]} t={t} />
              ) : null,
            )}
          </article>
        ))}
      </div>
      <DatasetLinks ids={['country-facts', 'country-profiles']} locale={locale} t={t} />
    </ConceptSection>
  );
}
