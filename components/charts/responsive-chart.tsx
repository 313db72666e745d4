import type { ReactNode } from 'react';

/**
 * Both layouts of a chart in the server HTML; CSS shows the one that fits the container,
 * so a phone gets a layout made for its width without any JavaScript.
 */
export function ResponsiveChart({ narrow, wide }: { narrow: ReactNode; wide: ReactNode }) {
  return (
    <div className="responsive-chart">
      <div className="responsive-chart__narrow">{narrow}</div>
      <div className="responsive-chart__wide">{wide}</div>
    </div>
  );
}
