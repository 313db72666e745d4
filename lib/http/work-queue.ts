/**
 * Bounded concurrency for heavy work (drawing images, rendering previews): at most `concurrency`
 * jobs run at once, at most `queueLimit` wait, and anything beyond that is refused at once so the
 * caller can answer `503 Retry-After` instead of piling work onto a busy server.
 */
export class WorkQueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('The server is busy; try again shortly.');
    this.name = 'WorkQueueFullError';
  }
}

export type WorkQueueOptions = {
  /** Jobs that may run at the same time. */
  concurrency: number;
  /** Jobs that may wait for a turn; one more is refused with WorkQueueFullError. */
  queueLimit: number;
  /** What a refused client is told to wait, in seconds. */
  retryAfterSeconds?: number;
};

export type WorkQueue = {
  /** Runs `job` when a slot is free; rejects with WorkQueueFullError when the queue is full. */
  run<T>(job: () => Promise<T> | T): Promise<T>;
  /** Jobs running and waiting now (tests, logs). */
  readonly load: { running: number; waiting: number };
};

export function createWorkQueue({ concurrency, queueLimit, retryAfterSeconds = 2 }: WorkQueueOptions): WorkQueue {
  let running = 0;
  const waiting: (() => void)[] = [];

  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      running += 1;
      next();
    }
  };

  return {
    async run<T>(job: () => Promise<T> | T): Promise<T> {
      if (running >= concurrency) {
        if (waiting.length >= queueLimit) throw new WorkQueueFullError(retryAfterSeconds);
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        running += 1;
      }
      try {
        return await job();
      } finally {
        release();
      }
    },
    get load() {
      return { running, waiting: waiting.length };
    },
  };
}

/** The answer for a refused job: 503 with Retry-After, never cached. */
export function busyResponse(error: WorkQueueFullError): Response {
  return Response.json(
    { error: error.message },
    { status: 503, headers: { 'Retry-After': String(error.retryAfterSeconds), 'Cache-Control': 'no-store' } },
  );
}
