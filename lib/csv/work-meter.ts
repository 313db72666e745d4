/**
 * Counts the steps a piece of work took (characters looked at, records and cells visited), so
 * tests can check that it grows in proportion to the input, whatever the input holds.
 */
export type WorkMeter = { steps: number };
