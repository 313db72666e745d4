import { applicationModes } from './application-modes';
import { comparisons } from './comparisons';
import { countryFacts } from './country-facts';
import { countryProfiles } from './country-profiles';
import type { DatasetDefinition } from './define-dataset';
import { definitionElements } from './definition-elements';
import { definitions } from './definitions';
import { egdi } from './egdi';
import { franceInternet } from './france-internet';
import { governmentOrganisation } from './government-organisation';
import { internetUsers } from './internet-users';
import { milestones } from './milestones';
import { networkLinks } from './network-links';
import { networks } from './networks';
import { reengineering } from './reengineering';
import { stages } from './stages';
import { usDownsizing } from './us-downsizing';
import { websiteCoverage } from './website-coverage';

/** Every dataset, in the order the data catalogue lists them. */
export const DATASETS = {
  'website-coverage': websiteCoverage,
  milestones,
  'france-internet': franceInternet,
  'us-downsizing': usDownsizing,
  stages,
  'application-modes': applicationModes,
  'country-profiles': countryProfiles,
  definitions,
  'definition-elements': definitionElements,
  networks,
  'network-links': networkLinks,
  reengineering,
  comparisons,
  'government-organisation': governmentOrganisation,
  'country-facts': countryFacts,
  'internet-users': internetUsers,
  egdi,
} as const;

export type DatasetId = keyof typeof DATASETS;
export type RowOf<Id extends DatasetId> = (typeof DATASETS)[Id] extends DatasetDefinition<infer Row> ? Row : never;

export const DATASET_IDS = Object.keys(DATASETS) as DatasetId[];

export function isDatasetId(id: string): id is DatasetId {
  return Object.hasOwn(DATASETS, id);
}

/** A dataset's definition, typed by its id. */
export function getDefinition<Id extends DatasetId>(id: Id): DatasetDefinition<RowOf<Id>> {
  return DATASETS[id] as unknown as DatasetDefinition<RowOf<Id>>;
}
