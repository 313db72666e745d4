import { attachChartTooltip } from '@/lib/charts/chart-tooltip-behaviour';

/**
 * The only scripts an embed runs (none with static=1): small and inline, so a course page that frames
 * a chart loads no framework. The height message lets the snippet's listener size the iframe.
 */
export const EMBED_HEIGHT_SCRIPT = `(function(){if(parent===window)return;var last=0;function post(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);if(h!==last){last=h;parent.postMessage({type:'egov-embed-height',height:h},'*')}}post();addEventListener('load',post);if(window.ResizeObserver)new ResizeObserver(post).observe(document.documentElement);else addEventListener('resize',post)})()`;

/** The site's chart tooltip (attachChartTooltip), inlined: the same tips, kept on the screen the same way. */
export const EMBED_TOOLTIP_SCRIPT = `(${String(attachChartTooltip)})(document.body,document.body)`;
