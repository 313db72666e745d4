'use client';

import { useEffect, useRef, useState } from 'react';

type Tip = { text: string; x: number; y: number };

/**
 * Shows the `data-tip` text of the chart mark under the pointer or with keyboard focus.
 * Marks carry the same text as their aria-label, so nothing here is needed to read them.
 */
export function ChartTooltip() {
  const anchor = useRef<HTMLSpanElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    const body = anchor.current?.parentElement;
    if (!body) return;
    const show = (event: Event) => {
      const mark = (event.target as Element | null)?.closest?.('[data-tip]');
      if (!mark) return;
      const box = mark.getBoundingClientRect();
      const frame = body.getBoundingClientRect();
      setTip({ text: mark.getAttribute('data-tip') ?? '', x: box.left + box.width / 2 - frame.left, y: box.top - frame.top });
    };
    const hide = (event: Event) => {
      if ((event.target as Element | null)?.closest?.('[data-tip]')) setTip(null);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setTip(null);
    };
    body.addEventListener('pointerover', show);
    body.addEventListener('focusin', show);
    body.addEventListener('pointerout', hide);
    body.addEventListener('focusout', hide);
    body.addEventListener('keydown', escape);
    return () => {
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
        <span className="chart-tooltip" style={{ left: tip.x, top: tip.y }}>
          {tip.text}
        </span>
      ) : null}
    </span>
  );
}
