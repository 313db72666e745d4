import 'server-only';
import { loadRows } from '@/lib/datasets/load';
import type { Locale } from '@/lib/i18n/routing';
import { toDefinitions } from './definitions';

/** Everything the concepts page shows, read from the datasets and put in the page's language once. */
export function loadConcepts(locale: Locale) {
  return {
    definitions: toDefinitions(loadRows('definitions'), loadRows('definition-elements'), locale),
  };
}

export type Concepts = ReturnType<typeof loadConcepts>;
