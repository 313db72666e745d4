/** Slide numbers as a short list of runs, e.g. [13, 14, 15, 18, 21] → "13–15, 18, 21" (sorted, each once). */
export function formatSlideList(slides: Iterable<number>, separator = ', '): string {
  const sorted = [...new Set(slides)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const slide of sorted) {
    const last = runs.at(-1);
    if (last && slide === last[1] + 1) last[1] = slide;
    else runs.push([slide, slide]);
  }
  return runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(separator);
}
