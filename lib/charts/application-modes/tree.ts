import { hierarchy, type HierarchyNode } from '@visx/hierarchy';
import { MODE_IDS, type ApplicationModeRow, type ModeId } from '@/lib/datasets/application-modes';

export type ModeTreeDatum =
  { kind: 'root' } | { kind: 'mode'; id: ModeId; rows: ApplicationModeRow[] } | { kind: 'system'; row: ApplicationModeRow };

/** Root → the three modes in G2G, G2B, G2C order → each mode's systems in the deck's numbering. */
export function toModeTree(rows: readonly ApplicationModeRow[]): HierarchyNode<ModeTreeDatum> {
  const modes = MODE_IDS.map((id) => ({
    kind: 'mode' as const,
    id,
    rows: rows.filter((row) => row.mode_id === id).sort((a, b) => a.item_no - b.item_no),
  })).filter((mode) => mode.rows.length > 0);
  return hierarchy<ModeTreeDatum>({ kind: 'root' }, (datum) => {
    if (datum.kind === 'root') return modes;
    if (datum.kind === 'mode') return datum.rows.map((row) => ({ kind: 'system' as const, row }));
    return null;
  });
}
