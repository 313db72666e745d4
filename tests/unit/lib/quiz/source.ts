import type { QuizSource } from '@/lib/quiz/types';

const STAGES = ['early', 'middle', 'late'] as const;

/** A small made-up source: twelve events in nine years, three stages, two modes, four levels, four definitions. */
export const SOURCE: QuizSource = {
  milestones: ['1990', '1991', '1991-06', '1992-03', '1993', '1994-07-01', '1995', '1995-11', '1996', '1997', '1998-02', '1998-09'].map(
    (date, i) => ({ id: `event-${i}`, date, stage: STAGES[Math.min(2, Math.floor(i / 4))]!, title: `Event ${i}`, slide: 40 + i }),
  ),
  stages: STAGES.map((id, i) => ({ id, name: `Stage ${id}`, slide: 30 + i })),
  modes: [
    { id: 'g2g', name: 'G2G', slide: 26 },
    { id: 'g2c', name: 'G2C', slide: 28 },
  ],
  systems: [
    { mode: 'g2g', name: 'Office', slide: 26 },
    { mode: 'g2g', name: 'Budget', slide: 26 },
    { mode: 'g2c', name: 'Health', slide: 28 },
    { mode: 'g2c', name: 'Budget', slide: 28 },
  ],
  levels: [
    { id: 'top', name: 'Top', share: '96%', slide: 58 },
    { id: 'upper', name: 'Upper', share: '90%', slide: 58 },
    { id: 'lower', name: 'Lower', share: '90%', slide: 58 },
    { id: 'bottom', name: 'Bottom', share: 'nearly 77%', slide: 58 },
  ],
  definitions: [
    {
      id: 'a',
      name: 'A',
      slide: 13,
      elements: [
        { id: 'ict', name: 'ICT', phrase: 'a-ict' },
        { id: 'only-a', name: 'Only A', phrase: 'a-only' },
      ],
    },
    {
      id: 'b',
      name: 'B',
      slide: 14,
      elements: [
        { id: 'ict', name: 'ICT', phrase: 'b-ict' },
        { id: 'shared', name: 'Shared', phrase: 'b-shared' },
      ],
    },
    {
      id: 'c',
      name: 'C',
      slide: 15,
      elements: [
        { id: 'ict', name: 'ICT', phrase: 'c-ict' },
        { id: 'shared', name: 'Shared', phrase: 'c-shared' },
      ],
    },
    {
      id: 'd',
      name: 'D',
      slide: 16,
      elements: [
        { id: 'ict', name: 'ICT', phrase: 'd-ict' },
        { id: 'only-d', name: 'Only D', phrase: 'd-only' },
      ],
    },
  ],
};
