import { describe, expect, test, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { getFranceNotes } = await import('@/components/charts/france/notes');
const { loadRows } = await import('@/lib/datasets/load');

describe('getFranceNotes(rows, locale)', () => {
  test('sets what ITU measured for France in 2002–2003 beside the deck’s stated 40.6 %, read from internet-users (pins the shipped data)', async () => {
    const rows = loadRows('france-internet');
    const en = await getFranceNotes(rows, 'en');
    // The note the stated penetration's dashed line points to.
    const note = en.find((n) => n.text.startsWith('At the deck’s population, 40.6 %'))!;
    expect(note.text).toContain('ITU (via World Bank WDI / Our World in Data, CC BY 4.0) gives France 30.2% in 2002 and 36.1% in 2003.');
    const zh = await getFranceNotes(rows, 'zh');
    expect(zh.find((n) => n.text.startsWith('按课件的人口，40.6%'))!.text).toContain('法国2002年为 30.2%，2003年为 36.1%');
    // Only that note: the others are the deck's own.
    expect(en.filter((n) => n.text.includes('ITU'))).toHaveLength(1);
  });
});
