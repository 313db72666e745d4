import { ChartSvg } from '@/components/charts/chart-svg';
import { CSS_PALETTE } from '@/lib/charts/palette';
import type { NetworkDiagramLayout, PlacedText } from '@/lib/concepts/network-diagram';
import type { Isolation } from '@/lib/datasets/network-links';

export type NetworkDiagramProps = { layout: NetworkDiagramLayout; title: string; description: string };

const LINE_STYLE: Record<Isolation, { strokeWidth: number; strokeDasharray?: string }> = {
  physical: { strokeWidth: 3 },
  logical: { strokeWidth: 2, strokeDasharray: '6 4' },
};

function Text({ text, anchor = 'middle' }: { text: PlacedText; anchor?: 'start' | 'middle' }) {
  return (
    <text x={text.x} y={text.y} fontSize={text.fontSize} fontWeight={text.bold ? 700 : 400} textAnchor={anchor}>
      {text.text}
    </text>
  );
}

/** The networks' diagram, drawn from its layout: frame, lines, boxes, the lines' markers, the key. */
export function NetworkDiagram({ layout, title, description }: NetworkDiagramProps) {
  const { width, height, nodes, links, group, legend } = layout;
  return (
    <ChartSvg width={width} height={height} title={title} description={description} palette={CSS_PALETTE} className="network-diagram">
      {group ? (
        <g className="network-diagram__group">
          <rect
            x={group.x}
            y={group.y}
            width={group.width}
            height={group.height}
            rx={10}
            fill="var(--group-fill)"
            stroke="var(--accent)"
            strokeDasharray="8 5"
          />
          <g fill="var(--accent)">
            <Text text={group.label} anchor="start" />
          </g>
        </g>
      ) : null}
      <g fill="none" stroke="var(--fg)" aria-hidden="true">
        {links.map((link) => (
          <polyline
            key={`${link.from}-${link.to}`}
            points={link.points.map((p) => p.join(',')).join(' ')}
            {...LINE_STYLE[link.isolation]}
          />
        ))}
      </g>
      {nodes.map((node) => (
        <g key={node.id} className={`network-diagram__node network-diagram__node--${node.tone}`}>
          <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={8} />
          {node.lines.map((line, i) => (
            <Text key={i} text={line} />
          ))}
        </g>
      ))}
      {links.map((link) => (
        <g key={`${link.from}-${link.to}`} className={`network-diagram__pill network-diagram__pill--${link.isolation}`}>
          <rect x={link.pill.x} y={link.pill.y} width={link.pill.width} height={link.pill.height} rx={link.pill.height / 2} />
          <Text text={link.pill.text} />
        </g>
      ))}
      <g className="network-diagram__legend">
        {legend.map((item) => (
          <g key={item.isolation}>
            <line x1={item.x1} x2={item.x2} y1={item.y} y2={item.y} stroke="var(--fg)" {...LINE_STYLE[item.isolation]} />
            {item.lines.map((line, i) => (
              <Text key={i} text={line} anchor="start" />
            ))}
          </g>
        ))}
      </g>
    </ChartSvg>
  );
}
