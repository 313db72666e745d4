import type { CountryRow } from '@/lib/datasets/country-profiles';
import type { CountryFactKind, CountryFactRow } from '@/lib/datasets/country-facts';
import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';

export type CountryFact = {
  id: string;
  text: string;
  label: string | null;
  value: number | null;
  date: string | null;
  note: string | null;
  slide: number;
};
export type CountryFacts = {
  id: string;
  name: string;
  /** The slides its facts come from. */
  slides: number[];
  facts: Record<CountryFactKind, CountryFact[]>;
};

/** The countries that have facts, in the order of country-profiles, each with its facts grouped by kind in the deck's order. */
export function toCountryFacts(profiles: readonly CountryRow[], rows: readonly CountryFactRow[], locale: Locale): CountryFacts[] {
  return profiles
    .filter((profile) => rows.some((row) => row.country_id === profile.country_id))
    .map((profile) => {
      const own = rows.filter((row) => row.country_id === profile.country_id).sort((a, b) => a.rank - b.rank);
      const facts: CountryFacts['facts'] = { figure: [], standing: [], advantage: [], lesson: [], law: [], audience: [] };
      for (const row of own)
        facts[row.kind].push({
          id: row.fact_id,
          text: localized(row, 'text', locale),
          label: localized(row, 'label', locale),
          value: row.value,
          date: row.date,
          note: localized(row, 'note', locale),
          slide: row.source_slide,
        });
      return { id: profile.country_id, name: localized(profile, 'name', locale), slides: own.map((row) => row.source_slide), facts };
    });
}
