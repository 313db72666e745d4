/**
 * A token bucket of bytes per second: how much input the server will work through for one kind of
 * request. Checking an upload costs time in proportion to its size on the one thread every visitor
 * shares, so a client posting megabytes back to back gets a 503 with Retry-After instead of a share
 * of that thread; a lecturer's occasional file always fits in the burst.
 */
export type ByteBudget = {
  /** Takes `bytes` from the budget: true when they fit, else the seconds until they would. */
  take(bytes: number): true | number;
};

export function createByteBudget({
  bytesPerSecond,
  burst,
  now = () => performance.now(),
}: {
  bytesPerSecond: number;
  burst: number;
  now?: () => number;
}): ByteBudget {
  let available = burst;
  let updatedAt = now();
  return {
    take(bytes) {
      const time = now();
      available = Math.min(burst, available + ((time - updatedAt) / 1000) * bytesPerSecond);
      updatedAt = time;
      const cost = Math.min(bytes, burst);
      if (cost <= available) {
        available -= cost;
        return true;
      }
      return Math.ceil((cost - available) / bytesPerSecond);
    },
  };
}
