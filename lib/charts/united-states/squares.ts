/**
 * What one square of a panel's unit chart stands for: the power of ten that gives 10 to 99
 * squares (240,000 people → 24 squares of 10,000; US$118 billion → 11.8 squares of 10 billion).
 */
export function getSquareStep(value: number): number {
  if (value < 10) return 1;
  return 10 ** (Math.floor(Math.log10(value)) - 1);
}

/** How many squares a value fills; the last one may be partly filled. */
export function getSquareCount(value: number): number {
  return value / getSquareStep(value);
}
