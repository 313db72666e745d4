/**
 * The timeline slide draws one SVG with every milestone; which ones show is CSS keyed on the
 * slide's `data-step`, so the deck needs no SVG per step and no chart code in the browser.
 * Step K shows the first K milestones (in date order, as the chart draws them), emphasises
 * the K-th, and shows its caption beside the chart of the K-th's stage; the step after the last
 * shows the whole chart, every milestone alike, with its own short caption.
 */
export type TimelineStepSelectors = {
  /** Marks not revealed yet at some step, and their ticks on the year strip. */
  hidden: string[];
  /** The mark of the current step. */
  current: string[];
  /** The caption of the current step. */
  caption: string[];
  /** The chart of the current step's stage (none at the last step, which shows the whole chart). */
  stageChart: string[];
};

/** A milestone of the slide: its id, and the stage whose chart shows it while it is the current step. */
export type TimelineStep = { id: string; stage: string };

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

export function getTimelineStepSelectors(steps: readonly TimelineStep[], scope: string): TimelineStepSelectors {
  const mark = (id: string) => `.timeline-mark[data-id=${quote(id)}]`;
  const markAndTick = (id: string) => `:is(.timeline-mark,.timeline-rug)[data-id=${quote(id)}]`;
  const at = (step: number) => `${scope}[data-step="${step}"]`;
  const ids = steps.map((step) => step.id);
  const hidden: string[] = [];
  const current: string[] = [];
  const caption: string[] = [];
  const stageChart: string[] = [];
  steps.forEach(({ id, stage }, index) => {
    const step = index + 1;
    const later = ids.slice(step);
    if (later.length > 0) hidden.push(`${at(step)} :is(${later.map(markAndTick).join(',')})`);
    current.push(`${at(step)} ${mark(id)}`);
    caption.push(`${at(step)} [data-caption="${step}"]`);
    stageChart.push(`${at(step)} [data-stage-chart=${quote(stage)}]`);
  });
  caption.push(`${at(ids.length + 1)} [data-caption="${ids.length + 1}"]`);
  return { hidden, current, caption, stageChart };
}

export function getTimelineStepCss(steps: readonly TimelineStep[], scope: string): string {
  const ids = steps.map((step) => step.id);
  const { hidden, current, caption, stageChart } = getTimelineStepSelectors(steps, scope);
  const each = (selectors: string[], suffix: string) => selectors.map((s) => `${s}${suffix}`).join(',');
  return [
    hidden.length > 0 ? `${hidden.join(',')}{visibility:hidden}` : '',
    `${current.join(',')}{opacity:1}`,
    `${each(current, ' > .focus-ring')}{stroke:var(--focus);stroke-width:3px;transform-box:fill-box;transform-origin:center;transform:scale(1.6)}`,
    `${each(current, ' text')}{font-weight:700}`,
    `${caption.join(',')}{visibility:visible}`,
    `${stageChart.join(',')}{display:block}`,
    `${scope}[data-step="${ids.length + 1}"] .timeline-mark{opacity:1}`,
    // Showing all, the whole chart takes the room of the stage's chart and the captions beside it.
    `${scope}:not([data-step="${ids.length + 1}"]) .present-timeline-all{display:none}`,
    `${scope}[data-step="${ids.length + 1}"] .present-timeline-steps{display:none}`,
  ].join('\n');
}
