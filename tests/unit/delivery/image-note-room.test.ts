import { describe, expect, test, vi } from 'vitest';
import { findLeaderCrossings, findNoteOverlaps, readDrawnAnnotation } from './drawn-text-boxes';

vi.mock('server-only', () => ({}));
const { respondChartImage } = await import('@/delivery/image-response');
const { getAvailableChartIds } = await import('@/components/charts/registry');
const { loadChartMarks } = await import('@/delivery/image-chart');

/** Two hundred characters each, the most a note may have: several lines even at a slide's full width. */
const NOTES = {
  en: 'A lecturer’s note of two hundred characters, long enough to need several lines on the image: it must sit beside its mark and leave every year on the axis and every label of the chart readable as here.',
  zh: '讲师的批注可以长达二百个字符，在图片上要占好几行：它必须画在所指的标记旁边，而坐标轴上的每一个年份、图例中的每一项和图中的每一个标签都要完整可读，不能被批注遮住。'
    .repeat(3)
    .slice(0, 200),
} as const;

const PRESETS = [
  ['16x9', 1080],
  ['16x9-small', 720],
  ['4x3', 768],
] as const;

/**
 * Marks to highlight in each chart: its first, and the one in its densest part, where a note has
 * least room beside it (the timeline's mid-2003 meeting, among fifteen milestones of 2001–2006).
 */
const DENSEST: Record<string, string> = {
  timeline: 'leading-group-third-meeting',
  france: 'households-with-pc',
  'united-states': 'spending-cut',
  'application-modes': 'g2b-3',
  coverage: 'prefecture-cities',
  // Where France's, Singapore's and the United States' lines end close together.
  trends: 'FRA',
};

/**
 * Images whose chart needs its whole box at the least size, so that the band a 200-character note
 * takes draws it smaller, and the share of the floor they reach: France and the application modes' closed-up tree in English at
 * 4:3 have no height to spare. Their note still covers nothing.
 */
const NOTE_SHORT_OF_THE_FLOOR: Record<string, number> = {
  'application-modes 4x3 en': 0.89,
};

const svgOf = async (chart: string, query: Record<string, string>) => {
  const response = await respondChartImage(
    new Request(`http://localhost/charts/${chart}.svg?${new URLSearchParams(query)}`),
    `${chart}.svg`,
  );
  expect(response.status).toBe(200);
  return response.text();
};

test('findNoteOverlaps finds a label under a note, read back from the SVG as drawn (nested viewport, anchors, tspans)', () => {
  const svg = `<svg viewBox="0 0 400 200"><text x="10" y="20" font-size="16">Title</text>
    <svg x="0" y="40" width="400" height="160" viewBox="0 0 200 80">
      <text x="100" y="30" font-size="8" text-anchor="middle"><tspan x="100" y="30">Middle label</tspan></text>
      <g class="chart-annotation"><rect x="4" y="4" width="20" height="10"/>
        <g class="chart-annotation__note"><rect x="90" y="20" width="40" height="20"/><text font-size="8"><tspan x="92" y="30">Note</tspan></text></g>
      </g>
    </svg></svg>`;
  const drawn = readDrawnAnnotation(svg);
  expect(drawn.note).toEqual({ x: 180, y: 80, width: 80, height: 40 });
  expect(drawn.outlines).toEqual([{ x: 8, y: 48, width: 40, height: 20 }]);
  expect(drawn.texts.map((text) => [text.text, text.fontSize])).toEqual([
    ['Title', 16],
    ['Middle label', 16],
  ]);
  expect(findNoteOverlaps(drawn)).toEqual([expect.stringMatching(/^text "Middle label" at 1\d\d,/)]);
  expect(findNoteOverlaps({ ...drawn, note: { x: 300, y: 150, width: 40, height: 20 } })).toEqual([]);
});

describe(
  'a 200-character note and its leader line cover no text, legend, year or outline, at every preset, in both languages',
  { timeout: 120_000 },
  () => {
    for (const chart of getAvailableChartIds()) {
      test.each(['en', 'zh'] as const)(`${chart} (%s)`, async (lang) => {
        const marks = await loadChartMarks(chart, lang);
        const highlights = marks.length > 0 ? [...new Set([marks[0]!.id, DENSEST[chart] ?? marks[0]!.id])] : [];
        // Charts without marks draw no annotation, and so no note: nothing can be covered.
        if (highlights.length === 0) return;
        for (const note of Object.values(NOTES)) expect([...note].length).toBe(200);
        expect(marks.map((mark) => mark.id)).toContain(DENSEST[chart]);
        for (const [preset, height] of PRESETS) {
          for (const highlight of highlights) {
            const query = { preset, lang, highlight, note: NOTES[lang] };
            const drawn = readDrawnAnnotation(await svgOf(chart, query));
            const where = `${preset} ${highlight}`;
            expect(drawn.note, where).not.toBeNull();
            // The check reads the whole image (title, labels, legend, years, footnotes, source) …
            expect(drawn.texts.length, where).toBeGreaterThan(10);
            expect(drawn.outlines.length, where).toBeGreaterThan(0);
            expect(findNoteOverlaps(drawn), `${where}: note ${JSON.stringify(drawn.note)}`).toEqual([]);
            // The line from the note to its mark runs between the labels, through none.
            expect(findLeaderCrossings(drawn), `${where}: leader ${JSON.stringify(drawn.leader)}`).toEqual([]);
            // … and the room the note takes leaves every text at a slide's least size.
            const reached = Math.min(...drawn.texts.map((text) => text.fontSize)) / (height / 48);
            if (process.env.SHOW_REACHED) console.log('REACHED', chart, preset, lang, highlight, reached.toFixed(3));
            const floor = NOTE_SHORT_OF_THE_FLOOR[`${chart} ${preset} ${lang}`] ?? 1;
            expect(reached, where).toBeGreaterThanOrEqual(floor);
          }
        }
      });
    }
  },
);

test('the note is drawn in every theme at the same place', async () => {
  const query = { preset: '16x9', lang: 'en', highlight: DENSEST.timeline!, note: NOTES.en };
  const light = readDrawnAnnotation(await svgOf('timeline', query));
  for (const theme of ['dark', 'projector']) {
    const themed = readDrawnAnnotation(await svgOf('timeline', { ...query, theme }));
    expect(themed.note, theme).toEqual(light.note);
    expect(findNoteOverlaps(themed), theme).toEqual([]);
  }
}, 30_000);
