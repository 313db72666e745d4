import { getTranslations } from 'next-intl/server';
import type { CountryFacts } from '@/lib/concepts/countries';
import { layoutCountryYears, type YearRowInput } from '@/lib/concepts/country-years';
import { formatSlideList } from '@/lib/concepts/slides';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translate';
import { ConceptSection } from './concept-section';
import { CountryFactsArticle } from './country-facts-article';
import { CountryYearsChart } from './country-years-chart';
import { DatasetLinks } from './dataset-links';
import { formatDeckDate } from './deck-date';

export type CountriesSectionProps = { locale: Locale; countries: readonly CountryFacts[] };

const CHART_WIDTHS = { narrow: 360, wide: 960 } as const;

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
          <CountryFactsArticle key={country.id} country={country} t={t} />
        ))}
      </div>
      <DatasetLinks ids={['country-facts', 'country-profiles']} locale={locale} t={t} />
    </ConceptSection>
  );
}
