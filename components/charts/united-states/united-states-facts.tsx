import { getTranslations } from 'next-intl/server';
import { CountryFactsArticle } from '@/components/concepts/country-facts-article';
import { DatasetLinks } from '@/components/concepts/dataset-links';
import { LocaleLink } from '@/components/site/locale-link';
import { toCountryFacts } from '@/lib/concepts/countries';
import { loadRows } from '@/lib/datasets/load';
import type { Locale } from '@/lib/i18n/routing';
import type { Translate } from '@/lib/i18n/translate';

const COUNTRY_ID = 'united-states';

/** What the deck says of the United States beyond the six figures (slides 31–39), as the concepts page shows it. */
export async function UnitedStatesFacts({ locale }: { locale: Locale }) {
  const country = toCountryFacts(loadRows('country-profiles'), loadRows('country-facts'), locale).find((c) => c.id === COUNTRY_ID);
  if (!country) return null;
  const t = (await getTranslations({ locale, namespace: 'concepts' })) as unknown as Translate;
  return (
    <CountryFactsArticle country={country} t={t} headingLevel={2} title={t('countries.onCountryPage', { country: country.name })}>
      <p className="country-facts__more">
        <LocaleLink locale={locale} href={`/concepts#country-${COUNTRY_ID}`}>
          {t('countries.seeAll')}
        </LocaleLink>
      </p>
      <DatasetLinks ids={['country-facts', 'country-profiles']} locale={locale} t={t} />
    </CountryFactsArticle>
  );
}
