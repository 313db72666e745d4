import type { ApplicationModeRow } from '@/lib/datasets/application-modes';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { NOTE_MARKERS } from './constants';
import type { ModeNote } from './types';

export type ModeNoteOf = ModeNote & { modeId: string };

/** Notes in row order. This dataset's notes correct a mode's definition, so each one marks its mode's definition. */
export function getModeNotes(rows: readonly ApplicationModeRow[], locale: Locale): ModeNoteOf[] {
  const notes: ModeNoteOf[] = [];
  for (const row of rows) {
    const text = localized(row, 'note', locale);
    if (text) notes.push({ modeId: row.mode_id, marker: NOTE_MARKERS[notes.length] ?? `${notes.length + 1}`, text });
  }
  return notes;
}

export function getModeMarker(notes: readonly ModeNoteOf[], modeId: string): string {
  return notes
    .filter((note) => note.modeId === modeId)
    .map((note) => note.marker)
    .join('');
}
