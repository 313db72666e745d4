import 'server-only';
import { createWorkQueue, type WorkQueueOptions } from '../http/work-queue';
import { createPngCache, type PngCache } from './image-png-cache';
import { PNG_DRAWING_CONCURRENCY, renderPng, type PngOptions } from './image-png';

export type PngDrawer = {
  /**
   * The PNG for `key`: from the cache, from a drawing already under way for the same key, or drawn
   * when the queue gives a turn. Rejects with WorkQueueFullError when too many drawings wait.
   * `keep: false` draws without keeping the result: for images of what a visitor typed (a search, a
   * range of years), which are not known values and would otherwise push the known ones out.
   */
  draw(key: string, svg: string, options: PngOptions, caching?: { keep?: boolean }): Promise<Uint8Array>;
};

export type PngDrawerOptions = WorkQueueOptions & {
  cache: PngCache;
  render?: (svg: string, options: PngOptions) => Promise<Uint8Array>;
};

export function createPngDrawer({ cache, render = renderPng, ...queueOptions }: PngDrawerOptions): PngDrawer {
  const queue = createWorkQueue(queueOptions);
  // Twenty clients asking for the same new image share one drawing instead of queueing twenty.
  const inFlight = new Map<string, Promise<Uint8Array>>();

  return {
    draw(key, svg, options, { keep = true } = {}) {
      const cached = cache.get(key);
      if (cached) return Promise.resolve(cached);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const drawing = (async () => {
        try {
          const png = await queue.run(() => render(svg, options));
          if (keep) cache.set(key, png);
          return png;
        } finally {
          inFlight.delete(key);
        }
      })();
      inFlight.set(key, drawing);
      return drawing;
    },
  };
}

/**
 * The server's PNG drawer. Eight waiting drawings are several seconds of work at scale 3; a client
 * beyond that gets 503 and is told to come back once about half the queue has drained.
 */
export const pngDrawer = createPngDrawer({
  concurrency: PNG_DRAWING_CONCURRENCY,
  queueLimit: 8,
  retryAfterSeconds: 5,
  cache: createPngCache({ maxEntries: 24, maxBytes: 64 * 1024 * 1024 }),
});
