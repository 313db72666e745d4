'use client';

import { useEffect, useState } from 'react';

/**
 * The height of the embed at `path` when it is `width` pixels wide, as the embed itself reports it
 * (its `egov-embed-height` message): loaded once in a frame off screen while `enabled` (the share
 * panel is open). Undefined until known.
 */
export function useEmbedHeight(path: string, width: number, enabled: boolean): number | undefined {
  const [measured, setMeasured] = useState<{ key: string; height: number }>();
  const key = `${width} ${path}`;

  useEffect(() => {
    if (!enabled) return;
    const frame = document.createElement('iframe');
    frame.src = path;
    frame.title = '';
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    frame.style.cssText = `position:absolute;left:-20000px;top:0;width:${width}px;height:200px;border:0;visibility:hidden`;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; height?: number } | null;
      if (event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
      if (data?.type !== 'egov-embed-height' || typeof data.height !== 'number') return;
      const height = Math.ceil(data.height);
      // The embed reports again as fonts and the chart settle: keep the last report of a quiet moment.
      clearTimeout(settle);
      settle = setTimeout(() => setMeasured({ key, height }), 150);
    };
    addEventListener('message', onMessage);
    document.body.append(frame);
    return () => {
      clearTimeout(settle);
      removeEventListener('message', onMessage);
      frame.remove();
    };
  }, [key, path, width, enabled]);

  return measured?.key === key ? measured.height : undefined;
}
