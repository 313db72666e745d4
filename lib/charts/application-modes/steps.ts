import { MODE_IDS, type ApplicationModeRow, type ModeId } from '@/lib/datasets/application-modes';

/** A step of the application-modes slide: one mode with its definition and systems, or (mode null) the whole tree. */
export type ModeStep = { mode: ModeId | null; rows: ApplicationModeRow[] };

/** The slide's steps with the shipped modes: one per mode, then the whole tree. */
export const APPLICATION_MODES_STEP_COUNT = MODE_IDS.length + 1;

/** One step per mode the rows have, in G2G, G2B, G2C order, then one with every mode. */
export function getModeSteps(rows: readonly ApplicationModeRow[]): ModeStep[] {
  const modes = MODE_IDS.filter((id) => rows.some((row) => row.mode_id === id));
  return [...modes.map((mode) => ({ mode, rows: rows.filter((row) => row.mode_id === mode) })), { mode: null, rows: [...rows] }];
}
