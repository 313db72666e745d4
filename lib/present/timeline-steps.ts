/**
 * The timeline slide draws one SVG with every milestone; which ones show is CSS keyed on the
 * slide's `data-step`, so the deck needs no SVG per step and no chart code in the browser.
 * Step K shows the first K milestones (in date order, as the chart draws them), emphasises
 * the K-th, and shows its caption; the step after the last shows them all alike, larger, with its own short caption.
 */
export type TimelineStepSelectors = {
  /** Marks not revealed yet at some step. */
  hidden: string[];
  /** The mark of the current step. */
  current: string[];
  /** The caption of the current step. */
  caption: string[];
};

function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

export function getTimelineStepSelectors(ids: readonly string[], scope: string): TimelineStepSelectors {
  const mark = (id: string) => `.timeline-mark[data-id=${quote(id)}]`;
  const at = (step: number) => `${scope}[data-step="${step}"]`;
  const hidden: string[] = [];
  const current: string[] = [];
  const caption: string[] = [];
  ids.forEach((id, index) => {
    const step = index + 1;
    const later = ids.slice(step);
    if (later.length > 0) hidden.push(`${at(step)} :is(${later.map(mark).join(',')})`);
    current.push(`${at(step)} ${mark(id)}`);
    caption.push(`${at(step)} [data-caption="${step}"]`);
  });
  caption.push(`${at(ids.length + 1)} [data-caption="${ids.length + 1}"]`);
  return { hidden, current, caption };
}

export function getTimelineStepCss(ids: readonly string[], scope: string): string {
  const { hidden, current, caption } = getTimelineStepSelectors(ids, scope);
  const each = (selectors: string[], suffix: string) => selectors.map((s) => `${s}${suffix}`).join(',');
  return [
    hidden.length > 0 ? `${hidden.join(',')}{visibility:hidden}` : '',
    `${current.join(',')}{opacity:1}`,
    `${each(current, ' > .focus-ring')}{stroke:var(--focus);stroke-width:3px;transform-box:fill-box;transform-origin:center;transform:scale(1.6)}`,
    `${each(current, ' text')}{font-weight:700}`,
    `${caption.join(',')}{visibility:visible}`,
    `${scope}[data-step="${ids.length + 1}"] .timeline-mark{opacity:1}`,
    // Showing all, the chart takes the room of the other captions.
    `${scope}[data-step="${ids.length + 1}"] [data-caption]:not([data-caption="${ids.length + 1}"]){display:none}`,
  ].join('\n');
}
