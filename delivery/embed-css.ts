/** Styles of the embed document: the chart fills the frame's width; both layouts as on the site. */
export const EMBED_CSS = `
*,*::before,*::after{box-sizing:border-box}
html,body{margin:0;padding:0}
body{background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,'Segoe UI','PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Noto Sans SC',sans-serif;line-height:1.5}
body.embed--transparent{background:transparent}
.embed{margin:0;padding:0.75rem}
.embed__title{margin:0 0 0.25rem;font-size:1.15rem;line-height:1.3}
.embed__subtitle{margin:0 0 0.5rem;color:var(--muted);font-size:0.9rem}
.embed__source{margin:0.5rem 0 0;color:var(--muted);font-size:0.8rem}
.embed__source a{color:inherit}
.embed__chart{container-type:inline-size}
.chart-svg{display:block;width:100%;height:auto}
.chart-svg [tabindex]:focus{outline:none}
.chart-svg [tabindex]:focus-visible>.focus-ring,.chart-svg [tabindex]:focus-visible.focus-ring{stroke:var(--focus);stroke-width:3}
.responsive-chart__wide{display:none}
@container (min-width: 600px){.responsive-chart__narrow{display:none}.responsive-chart__wide{display:block}}
.overview-chart{position:relative}.overview-links{margin:0;padding:0;list-style:none}.overview-links__link{position:absolute;border-radius:6px}.overview-links__link:hover,.overview-links__link:focus-visible{outline:3px solid var(--focus)}
.chart-tooltip{position:absolute;transform:translate(-50%,calc(-100% - 8px));max-width:min(20rem,80vw);width:max-content;background:var(--fg);color:var(--bg);padding:0.35rem 0.6rem;border-radius:4px;font-size:0.85rem;line-height:1.4;pointer-events:none;z-index:5}
`;
