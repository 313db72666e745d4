import { createRequire } from 'node:module';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { median, round } from './stats.mjs';

const require = createRequire(import.meta.url);
const { chromium, devices } = require('playwright-core');

/** Lighthouse's mobile profile: a mid-range phone, CPU 4× slower, a slow 4G network. */
export const MOBILE_PROFILE = {
  device: 'Moto G4',
  cpuSlowdown: 4,
  network: { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
};

/**
 * Records paint, LCP, layout shifts and long tasks from the first moment of the page, and when the
 * chart is ready: the first animation frame in which some text of a chart `<svg role="img">` is laid out
 * (has a box, wherever the page is scrolled) (the frame's paint follows at once; with a chart in the HTML that is the first paint).
 */
const OBSERVE_VITALS = () => {
  const vitals = { fcp: null, lcp: null, cls: 0, longTasks: [], chartText: null };
  const chartTextShown = () =>
    [...document.querySelectorAll('svg[role="img"] text')].some((text) => {
      const box = text.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    });
  const watchFrames = (time) => {
    if (chartTextShown()) vitals.chartText = time;
    else requestAnimationFrame(watchFrames);
  };
  requestAnimationFrame(watchFrames);
  let session = { value: 0, first: 0, last: 0 };
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch {
      // entry type not supported
    }
  };
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') vitals.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    vitals.lcp = entry.startTime;
  });
  observe('layout-shift', (entry) => {
    if (entry.hadRecentInput) return;
    const sameWindow = entry.startTime - session.last < 1000 && entry.startTime - session.first < 5000;
    session = sameWindow
      ? { value: session.value + entry.value, first: session.first, last: entry.startTime }
      : { value: entry.value, first: entry.startTime, last: entry.startTime };
    vitals.cls = Math.max(vitals.cls, session.value);
  });
  observe('longtask', (entry) => vitals.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  window.__benchVitals = vitals;
};

/** Total blocking time: the part over 50 ms of each long task that starts after the first contentful paint. */
function getTotalBlockingTime({ fcp, longTasks }) {
  return longTasks.filter((task) => fcp !== null && task.start >= fcp).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
}

async function loadOnce(browser, url) {
  const context = await browser.newContext({ ...devices[MOBILE_PROFILE.device] });
  await context.addInitScript(OBSERVE_VITALS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE_PROFILE.network });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_PROFILE.cpuSlowdown });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => {});
  await page.waitForTimeout(1000);
  const vitals = await page.evaluate(() => window.__benchVitals);
  await context.close();
  // Ready: the chart's text is on screen and the page has painted.
  const ready = vitals.chartText === null || vitals.fcp === null ? null : Math.max(vitals.chartText, vitals.fcp);
  return { fcp: vitals.fcp, lcp: vitals.lcp, cls: vitals.cls, tbt: getTotalBlockingTime(vitals), ready };
}

/** FCP, LCP, ready, TBT (ms) and CLS per url (a path on baseUrl, or a whole URL): the median of `runs` cold loads, each in a fresh context. */
export async function measureWebVitals(baseUrl, urls, { runs = 5, executablePath = CHROMIUM_PATH } = {}) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results = [];
  try {
    for (const url of urls) {
      const loads = [];
      for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, baseUrl + url));
      const readyLoads = loads.map((load) => load.ready).filter((value) => value !== null);
      const pick = (key) => loads.map((load) => load[key]).filter((value) => value !== null);
      results.push({
        url,
        runs,
        fcpMs: round(median(pick('fcp')), 0),
        lcpMs: round(median(pick('lcp')), 0),
        // null when no load showed chart text (a page without a chart)
        readyMs: readyLoads.length ? round(median(readyLoads), 0) : null,
        tbtMs: round(median(pick('tbt')), 0),
        cls: round(median(pick('cls')), 3),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}
