import { ELEMENT_IDS, type DefinitionElementRow, type ElementId } from '@/lib/datasets/definition-elements';
import type { DefinitionRow } from '@/lib/datasets/definitions';
import type { Locale } from '@/lib/i18n/routing';
import { localized } from '@/lib/i18n/localized';

/** One definition of e-government in one language, with the elements it stresses in the order of ELEMENT_IDS. */
export type Definition = {
  id: string;
  source: string;
  short: string;
  /** `YYYY` or `YYYY-MM`, as precise as the deck; null where it gives none. */
  date: string | null;
  work: string | null;
  text: string;
  note: string | null;
  slide: number;
  elements: { id: ElementId; phrase: string; slide: number }[];
};

/** The definitions in the deck's order, each with its elements: rows read once, in the page's language. */
export function toDefinitions(rows: readonly DefinitionRow[], elementRows: readonly DefinitionElementRow[], locale: Locale): Definition[] {
  const elementOrder = (id: ElementId) => ELEMENT_IDS.indexOf(id);
  return [...rows]
    .sort((a, b) => a.rank - b.rank)
    .map((row) => ({
      id: row.definition_id,
      source: localized(row, 'source', locale),
      short: localized(row, 'short', locale),
      date: row.date,
      work: localized(row, 'work', locale),
      text: localized(row, 'text', locale),
      note: localized(row, 'note', locale),
      slide: row.source_slide,
      elements: elementRows
        .filter((element) => element.definition_id === row.definition_id)
        .sort((a, b) => elementOrder(a.element_id) - elementOrder(b.element_id))
        .map((element) => ({ id: element.element_id, phrase: localized(element, 'phrase', locale), slide: element.source_slide })),
    }));
}

/** A row of the comparison: one element, and for each definition (in column order) the words that stress it, or null. */
export type MatrixRow = { element: ElementId; cells: (string | null)[]; count: number };
export type DefinitionMatrix = { columns: { id: string; short: string }[]; rows: MatrixRow[] };

/**
 * Definitions side by side: a row per element that at least one definition stresses, the most
 * widely shared first (ties in the order of ELEMENT_IDS), a column per definition.
 */
export function toDefinitionMatrix(definitions: readonly Definition[]): DefinitionMatrix {
  const rows = ELEMENT_IDS.map((element): MatrixRow => {
    const cells = definitions.map((definition) => definition.elements.find((e) => e.id === element)?.phrase ?? null);
    return { element, cells, count: cells.filter((cell) => cell !== null).length };
  })
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count || ELEMENT_IDS.indexOf(a.element) - ELEMENT_IDS.indexOf(b.element));
  return { columns: definitions.map(({ id, short }) => ({ id, short })), rows };
}
