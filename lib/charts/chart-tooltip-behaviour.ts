/**
 * The charts' tooltip, wherever a chart is shown: the `data-tip` text of the mark under the pointer
 * or with keyboard focus, kept on the screen (moved sideways, or under the mark where there is no
 * room above). A finger's tap, any click, Escape or Enter chooses the mark instead and the tip goes:
 * what the mark opens says more. Marks carry the same text as their aria-label, so a screen reader
 * needs none of this.
 *
 * Pages run it from ChartTooltip; an embed, which loads no framework, inlines its source
 * (`String(attachChartTooltip)`). So it uses nothing outside its own body: no imports, no helpers.
 * The tip is a `.chart-tooltip` element added to `container` (positioned, or the body) while shown.
 * Returns a function that stops it.
 */
export function attachChartTooltip(root: HTMLElement, container: HTMLElement): () => void {
  const EDGE = 8;
  let bubble: HTMLElement | null = null;

  function close() {
    if (bubble) bubble.remove();
    bubble = null;
  }

  function show(event: Event) {
    if (event instanceof PointerEvent && event.pointerType === 'touch') return;
    const target = event.target as Element | null;
    const mark = target && target.closest ? target.closest('[data-tip]') : null;
    if (!mark) return;
    if (!bubble) {
      bubble = document.createElement('span');
      bubble.className = 'chart-tooltip';
      bubble.setAttribute('aria-hidden', 'true');
      container.appendChild(bubble);
    }
    bubble.textContent = mark.getAttribute('data-tip') || '';
    bubble.style.marginLeft = '0px';
    bubble.style.transform = '';
    const box = mark.getBoundingClientRect();
    const origin = (bubble.offsetParent || document.body).getBoundingClientRect();
    bubble.style.left = Math.round(box.left + box.width / 2 - origin.left) + 'px';
    bubble.style.top = Math.round(box.top - origin.top) + 'px';
    const tip = bubble.getBoundingClientRect();
    const right = document.documentElement.clientWidth - EDGE;
    const shift = tip.left < EDGE ? EDGE - tip.left : tip.right > right ? right - tip.right : 0;
    bubble.style.marginLeft = Math.round(shift) + 'px';
    if (tip.top < EDGE) bubble.style.transform = 'translate(-50%, ' + Math.round(box.height + 8) + 'px)';
  }

  function hide(event: Event) {
    const target = event.target as Element | null;
    if (target && target.closest && target.closest('[data-tip]')) close();
  }

  function key(event: Event) {
    const name = (event as KeyboardEvent).key;
    if (name === 'Escape' || name === 'Enter') close();
  }

  const listeners: [string, (event: Event) => void][] = [
    ['pointerover', show],
    ['focusin', show],
    ['pointerout', hide],
    ['focusout', hide],
    ['keydown', key],
    ['click', close],
  ];
  listeners.forEach(([type, listener]) => root.addEventListener(type, listener));
  return () => {
    listeners.forEach(([type, listener]) => root.removeEventListener(type, listener));
    close();
  };
}
