/**
 * One queue for every storage change: each task starts when the previous one has settled, so two
 * changes never interleave their reads and writes (10 concurrent saves keep 10; a note edit racing a
 * delete cannot bring the item back). The queue is only a promise chain: when the background is
 * evicted it holds nothing that would be lost.
 */
export interface Queue { run<T>(task: () => Promise<T>): Promise<T> }

/** @example const q = createQueue(); await Promise.all([q.run(a), q.run(b)]) // b starts after a settles */
export function createQueue(): Queue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
