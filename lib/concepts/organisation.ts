import type { OrganisationKind, OrganisationRow } from '@/lib/datasets/government-organisation';
import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';

export type OrganisationItem = {
  id: string;
  kind: OrganisationKind;
  name: string;
  who: string | null;
  role: string | null;
  note: string | null;
  slide: number;
};

/**
 * The levels of government top to bottom, and the bodies of e-government in the deck's order with the
 * tiers of its organisation after the leadership body they belong to (slides 90–92).
 */
export function toOrganisation(rows: readonly OrganisationRow[], locale: Locale) {
  const items = [...rows]
    .sort((a, b) => a.rank - b.rank)
    .map((row): OrganisationItem => ({
      id: row.item_id,
      kind: row.kind,
      name: localized(row, 'name', locale),
      who: localized(row, 'who', locale),
      role: localized(row, 'role', locale),
      note: localized(row, 'note', locale),
      slide: row.source_slide,
    }));
  const bodies = items.filter((item) => item.kind === 'body');
  const tiers = items.filter((item) => item.kind === 'tier');
  return {
    levels: items.filter((item) => item.kind === 'level'),
    bodies: bodies.flatMap((body, i) => (i === 0 ? [body, ...tiers] : [body])),
  };
}
