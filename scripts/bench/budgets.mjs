import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { toKb } from './stats.mjs';

export function readBudgets() {
  return JSON.parse(readFileSync(path.join(ROOT, 'bench/budgets.json'), 'utf8'));
}

/** Every broken budget as a sentence; empty when all hold. */
export function findBrokenBudgets(results, budgets) {
  const broken = [];
  for (const page of results.pages ?? []) {
    const limit = page.kind === 'embed' ? budgets.embedStaticClientJsGzipKb : budgets.pageClientJsGzipKb;
    if (toKb(page.js.gzipBytes) > limit) broken.push(`${page.url}: ${toKb(page.js.gzipBytes)} KB gzip of client JS (budget ${limit} KB)`);
    if (budgets.chartSvgInServerHtml && page.chartExpected && !page.chartSvgInHtml)
      broken.push(`${page.url}: no chart <svg role="img"> in the server HTML`);
  }
  for (const png of results.pngRender ?? []) {
    if (png.medianMs > budgets.pngMedianMs) broken.push(`${png.url}: PNG median ${png.medianMs} ms (budget ${budgets.pngMedianMs} ms)`);
  }
  for (const run of results.throughput ?? []) {
    const failures = run.errors + run.non2xx;
    if (failures > budgets.throughputErrors) broken.push(`${run.url}: ${run.errors} errors and ${run.non2xx} non-2xx answers under load`);
  }
  const vitals = budgets.webVitals;
  for (const page of results.webVitals ?? []) {
    if (page.lcpMs > vitals.lcpMs) broken.push(`${page.url}: LCP ${page.lcpMs} ms (budget ${vitals.lcpMs} ms)`);
    if (page.tbtMs > vitals.tbtMs) broken.push(`${page.url}: TBT ${page.tbtMs} ms (budget ${vitals.tbtMs} ms)`);
    if (page.cls > vitals.cls) broken.push(`${page.url}: CLS ${page.cls} (budget ${vitals.cls})`);
  }
  return broken;
}
