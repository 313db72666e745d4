import 'server-only';
import { loadRows } from '@/lib/datasets/load';
import type { Locale } from '@/lib/i18n/routing';
import { toComparisons } from './comparisons';
import { toCountryFacts } from './countries';
import { toDefinitions } from './definitions';
import { toNetworks } from './networks';
import { toOrganisation } from './organisation';
import { toReengineering } from './reengineering';

/** Everything the concepts page shows, read from the datasets and put in the page's language once. */
export function loadConcepts(locale: Locale) {
  return {
    definitions: toDefinitions(loadRows('definitions'), loadRows('definition-elements'), locale),
    networks: toNetworks(loadRows('networks'), loadRows('network-links'), locale),
    reengineering: toReengineering(loadRows('reengineering'), locale),
    comparisons: toComparisons(loadRows('comparisons'), locale),
    organisation: toOrganisation(loadRows('government-organisation'), locale),
    countries: toCountryFacts(loadRows('country-profiles'), loadRows('country-facts'), locale),
  };
}

export type Concepts = ReturnType<typeof loadConcepts>;
