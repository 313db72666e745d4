import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

export type KeptServerDrawingProps = {
  className: string;
  /** Whether the drawing would still come out as the server drew it; once false, `draw` draws it from then on. */
  unchanged: boolean;
  /** The drawing, made only when it is needed: on the server, after a change, or when there is no server drawing. */
  draw: () => ReactNode;
};

/**
 * A drawing of a client component that hydrates as the server's HTML left it: React takes the element
 * over without walking, or laying out again, the thousands of SVG elements inside it, which on a slow
 * phone is most of a chart page's hydration. The component draws (and React owns the drawing) from
 * the first change on, and at once where there is no server drawing to keep (mounted after a
 * client-side navigation). Nothing inside may listen to events itself: listeners go on an element
 * around it.
 */
export function KeptServerDrawing({ className, unchanged, draw }: KeptServerDrawingProps) {
  // In the server's render there is nothing to keep yet: it draws.
  const [keeping, setKeeping] = useState(() => typeof window !== 'undefined');
  const kept = useRef<HTMLDivElement>(null);
  if (keeping && !unchanged) setKeeping(false);
  useLayoutEffect(() => {
    if (keeping && !kept.current?.hasChildNodes()) setKeeping(false);
  }, [keeping]);
  if (keeping && unchanged) {
    // Hydration leaves the server's children of an element with dangerouslySetInnerHTML as they are.
    return <div key="kept" ref={kept} className={className} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
  }
  return (
    <div key="drawn" className={className}>
      {draw()}
    </div>
  );
}
