import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
// Not used on this thread: the import keeps the package and its native binary in the standalone
// server's traced files, since the workers below load it by name.
import '@resvg/resvg-js';

/**
 * The worker's whole program. Inline (`eval`) rather than a file, so Next's bundler and output
 * tracing have nothing extra to find; it loads resvg from the project's node_modules, like the fonts.
 * The PNG is copied into a transferable array (resvg's own buffer cannot be moved). The thread
 * lowers its own priority (on Linux, nice is per thread): drawing images is background work, and
 * on a small server page views must win the cores.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
try { require('node:os').setPriority(10); } catch {}
const path = require('node:path');
const { Resvg } = require('node:module').createRequire(path.join(process.cwd(), 'package.json'))('@resvg/resvg-js');
parentPort.on('message', ({ id, svg, options }) => {
  try {
    const png = new Uint8Array(new Resvg(svg, options).render().asPng());
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

type Reply = { id: number; png?: Uint8Array; error?: string };
type Job = { resolve: (png: Uint8Array) => void; reject: (error: Error) => void };
type PngWorker = { worker: Worker; jobs: Map<number, Job> };

export type PngWorkerPool = {
  /** Rasterises `svg` on another thread; resvg's parsing, font loading, drawing and PNG encoding all happen there. */
  draw(svg: string, options: ResvgRenderOptions): Promise<Uint8Array>;
};

/** Up to `size` threads drawing PNGs, started when first needed; idle ones do not keep the process alive. */
export function createPngWorkerPool(size: number): PngWorkerPool {
  const workers: PngWorker[] = [];
  let nextId = 0;

  function start(): PngWorker {
    const entry: PngWorker = { worker: new Worker(WORKER_SOURCE, { eval: true }), jobs: new Map() };
    const { worker, jobs } = entry;
    worker.unref();
    worker.on('message', ({ id, png, error }: Reply) => {
      const job = jobs.get(id);
      jobs.delete(id);
      if (jobs.size === 0) worker.unref();
      if (png) job?.resolve(png);
      else job?.reject(new Error(`Drawing the PNG failed: ${error}`));
    });
    // A crashed worker fails its jobs and leaves the pool; the next drawing starts a fresh one.
    const fail = (error: Error) => {
      const index = workers.indexOf(entry);
      if (index !== -1) workers.splice(index, 1);
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The PNG worker stopped (exit code ${code}).`)));
    workers.push(entry);
    return entry;
  }

  function pick(): PngWorker {
    const idle = workers.find((entry) => entry.jobs.size === 0);
    if (idle) return idle;
    if (workers.length < size) return start();
    return workers.reduce((least, entry) => (entry.jobs.size < least.jobs.size ? entry : least));
  }

  return {
    draw(svg, options) {
      const { worker, jobs } = pick();
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        jobs.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, svg, options });
      });
    },
  };
}
