/**
 * The only scripts an embed runs (none with static=1): small and inline, so a course page that frames
 * a chart loads no framework. The height message lets the snippet's listener size the iframe.
 */
export const EMBED_HEIGHT_SCRIPT = `(function(){if(parent===window)return;var last=0;function post(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);if(h!==last){last=h;parent.postMessage({type:'egov-embed-height',height:h},'*')}}post();addEventListener('load',post);if(window.ResizeObserver)new ResizeObserver(post).observe(document.documentElement);else addEventListener('resize',post)})()`;

/** Shows the `data-tip` text of the mark under the pointer or with focus, like the site's ChartTooltip. */
export const EMBED_TOOLTIP_SCRIPT = `(function(){var tip=document.createElement('div');tip.className='embed-tooltip';tip.setAttribute('aria-hidden','true');tip.hidden=true;document.body.appendChild(tip);function show(e){var m=e.target&&e.target.closest&&e.target.closest('[data-tip]');if(!m)return;var b=m.getBoundingClientRect();tip.textContent=m.getAttribute('data-tip');tip.hidden=false;tip.style.left=(b.left+b.width/2+scrollX)+'px';tip.style.top=(b.top+scrollY)+'px'}function hide(e){if(e.target&&e.target.closest&&e.target.closest('[data-tip]'))tip.hidden=true}addEventListener('pointerover',show);addEventListener('focusin',show);addEventListener('pointerout',hide);addEventListener('focusout',hide);addEventListener('keydown',function(e){if(e.key==='Escape')tip.hidden=true})})()`;
