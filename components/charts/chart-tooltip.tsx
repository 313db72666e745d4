'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';

type Tip = { text: string; x: number; y: number; below: number };

/** Room kept between a tooltip and the edge of the screen, in CSS pixels. */
const EDGE = 8;

/**
 * Shows the `data-tip` text of the chart mark under the pointer or with keyboard focus, kept on
 * the screen (moved sideways, or under the mark when there is no room above). A finger's tap or
 * any click chooses the mark instead, so the tip goes: what the mark opens says more.
 * Marks carry the same text as their aria-label, so nothing here is needed to read them.
 */
export function ChartTooltip() {
  const anchor = useRef<HTMLSpanElement>(null);
  const bubble = useRef<HTMLSpanElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  useLayoutEffect(() => {
    const element = bubble.current;
    if (!element || !tip) return;
    element.style.marginLeft = '0px';
    element.style.transform = '';
    const box = element.getBoundingClientRect();
    const right = document.documentElement.clientWidth - EDGE;
    const shift = box.left < EDGE ? EDGE - box.left : box.right > right ? right - box.right : 0;
    element.style.marginLeft = `${Math.round(shift)}px`;
    if (box.top < EDGE) element.style.transform = `translate(-50%, ${Math.round(tip.below + 8)}px)`;
  }, [tip]);

  useEffect(() => {
    const body = anchor.current?.parentElement;
    if (!body) return;
    const show = (event: Event) => {
      if (event instanceof PointerEvent && event.pointerType === 'touch') return;
      const mark = (event.target as Element | null)?.closest?.('[data-tip]');
      if (!mark) return;
      const box = mark.getBoundingClientRect();
      const frame = body.getBoundingClientRect();
      setTip({
        text: mark.getAttribute('data-tip') ?? '',
        x: box.left + box.width / 2 - frame.left,
        y: box.top - frame.top,
        below: box.height,
      });
    };
    const close = () => setTip(null);
    const hide = (event: Event) => {
      if ((event.target as Element | null)?.closest?.('[data-tip]')) setTip(null);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' || event.key === 'Enter') setTip(null);
    };
    body.addEventListener('pointerover', show);
    body.addEventListener('focusin', show);
    body.addEventListener('pointerout', hide);
    body.addEventListener('focusout', hide);
    body.addEventListener('keydown', escape);
    body.addEventListener('click', close);
    return () => {
      body.removeEventListener('click', close);
      body.removeEventListener('pointerover', show);
      body.removeEventListener('focusin', show);
      body.removeEventListener('pointerout', hide);
      body.removeEventListener('focusout', hide);
      body.removeEventListener('keydown', escape);
    };
  }, []);

  return (
    <span ref={anchor} className="chart-tooltip-anchor" aria-hidden="true">
      {tip ? (
        <span ref={bubble} className="chart-tooltip" style={{ left: tip.x, top: tip.y }}>
          {tip.text}
        </span>
      ) : null}
    </span>
  );
}
