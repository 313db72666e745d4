import { describe, expect, test, vi } from 'vitest';
import { WorkQueueFullError } from '@/lib/http/work-queue';

vi.mock('server-only', () => ({}));
const { createPngDrawer } = await import('@/lib/charts/image-png-drawing');
const { createPngCache } = await import('@/lib/charts/image-png-cache');

const OPTIONS = { scale: 1, fontFiles: [] };

/** A renderer whose drawings finish when the test says so, counting how many were started. */
function controlledRenderer() {
  const started: { svg: string; finish: (png: Uint8Array) => void; fail: (error: Error) => void }[] = [];
  const render = vi.fn(
    (svg: string) =>
      new Promise<Uint8Array>((resolve, reject) => {
        started.push({ svg, finish: resolve, fail: reject });
      }),
  );
  return { render, started };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const newDrawer = (render: ReturnType<typeof controlledRenderer>['render'], queueLimit = 8) =>
  createPngDrawer({ concurrency: 1, queueLimit, render, cache: createPngCache({ maxEntries: 4, maxBytes: 1000 }) });

describe('createPngDrawer', () => {
  test('twenty requests for the same new PNG share one drawing, and later ones come from the cache', async () => {
    const { render, started } = controlledRenderer();
    const drawer = newDrawer(render);
    const requests = Array.from({ length: 20 }, () => drawer.draw('a', '<svg/>', OPTIONS));
    await flush();
    expect(render).toHaveBeenCalledTimes(1);
    const png = new Uint8Array([1, 2, 3]);
    started[0]!.finish(png);
    for (const result of await Promise.all(requests)) expect(result).toBe(png);
    expect(await drawer.draw('a', '<svg/>', OPTIONS)).toBe(png);
    expect(render).toHaveBeenCalledTimes(1);
  });

  test('draws one at a time and refuses beyond the queue limit with WorkQueueFullError', async () => {
    const { render, started } = controlledRenderer();
    const drawer = newDrawer(render, 2);
    const accepted = ['a', 'b', 'c'].map((key) => drawer.draw(key, `<svg id="${key}"/>`, OPTIONS));
    await flush();
    expect(started.map(({ svg }) => svg)).toEqual(['<svg id="a"/>']);
    const refused = drawer.draw('d', '<svg id="d"/>', OPTIONS);
    await expect(refused).rejects.toBeInstanceOf(WorkQueueFullError);
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 2 });
    // Sharing a drawing already queued takes no place in the queue.
    const shared = drawer.draw('c', '<svg id="c"/>', OPTIONS);
    for (let i = 0; i < 3; i++) {
      started[i]!.finish(new Uint8Array([i]));
      await flush();
    }
    expect(await Promise.all(accepted)).toEqual([new Uint8Array([0]), new Uint8Array([1]), new Uint8Array([2])]);
    expect(await shared).toEqual(new Uint8Array([2]));
    expect(render).toHaveBeenCalledTimes(3);
  });

  test('a failed drawing is not kept: the next request draws again', async () => {
    const { render, started } = controlledRenderer();
    const drawer = newDrawer(render);
    const first = drawer.draw('a', '<svg/>', OPTIONS);
    await flush();
    started[0]!.fail(new Error('boom'));
    await expect(first).rejects.toThrow('boom');
    const second = drawer.draw('a', '<svg/>', OPTIONS);
    await flush();
    started[1]!.finish(new Uint8Array([9]));
    expect(await second).toEqual(new Uint8Array([9]));
    expect(render).toHaveBeenCalledTimes(2);
  });
});
