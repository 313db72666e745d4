/**
 * A slide of steps (trends, the application modes) holds its chart once per step, each drawn on the
 * server; the slide's `data-step` shows the step's chart and caption, so the deck needs no chart code
 * in the browser. A step's parts take no box of their own (`display: contents`), so the slide lays
 * out the chart as any chart slide.
 */
export function getChartStepCss(stepCount: number, scope: string): string {
  const shown = Array.from({ length: stepCount }, (_, i) => `${scope}[data-step="${i + 1}"] [data-chart-step="${i + 1}"]`);
  return [`${scope} [data-chart-step]{display:none}`, `${shown.join(',')}{display:contents}`].join('\n');
}
