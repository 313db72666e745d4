/**
 * Markup as the snapshots store it, the way Observable Plot's snapshot tests do: numbers cut to
 * 3 decimals (floating-point noise is not a change) and each element on its own line, so a diff
 * shows which element moved.
 */
export function normaliseSvg(markup: string): string {
  const rounded = markup.replace(/-?\d+\.\d{4,}/g, (number) => String(Number(Number(number).toFixed(3))));
  return `${rounded.replace(/(?<!\n)<(?=[a-zA-Z])/g, '\n<').trim()}\n`;
}
