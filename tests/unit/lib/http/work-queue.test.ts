import { describe, expect, it } from 'vitest';
import { createWorkQueue, WorkQueueFullError } from '@/lib/http/work-queue';

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('createWorkQueue', () => {
  it('runs at most `concurrency` jobs at once and the rest in order', async () => {
    const queue = createWorkQueue({ concurrency: 2, queueLimit: 5 });
    const gates = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const jobs = gates.map((gate, i) => queue.run(async () => (started.push(i), await gate.promise, i)));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(queue.load).toEqual({ running: 2, waiting: 1 });
    gates[0]!.resolve();
    await jobs[0];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[1]!.resolve();
    gates[2]!.resolve();
    expect(await Promise.all(jobs)).toEqual([0, 1, 2]);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a job when the queue is full, and frees the slot of a job that throws', async () => {
    const queue = createWorkQueue({ concurrency: 1, queueLimit: 1, retryAfterSeconds: 3 });
    const gate = deferred();
    const first = queue.run(() => gate.promise);
    const second = queue.run(() => {
      throw new Error('boom');
    });
    await expect(queue.run(() => 1)).rejects.toEqual(new WorkQueueFullError(3));
    gate.resolve();
    await first;
    await expect(second).rejects.toThrow('boom');
    expect(await queue.run(() => 'again')).toBe('again');
  });
});
