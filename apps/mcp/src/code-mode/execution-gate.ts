/**
 * How many `execute` calls run at once. Each one is a worker thread with its own QuickJS
 * runtime (up to the memory limit, 64 MB by default, plus the worker's own heap: 90-120 MB
 * of RSS each when measured), and over HTTP any bearer string can start one, so the server runs
 * at most `size` and queues the rest first in, first out. A queued call whose request is
 * cancelled leaves the queue without ever starting a worker.
 */

export class ExecutionCancelledError extends Error {
  constructor() {
    super("the request was cancelled while its execution was waiting for a free slot");
    this.name = "ExecutionCancelledError";
  }
}

export interface ExecutionGate {
  /** Runs `task` once a slot is free; rejects with `ExecutionCancelledError` if `signal` aborts first. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Executions running now. */
  readonly running: number;
  /** Executions waiting for a slot. */
  readonly waiting: number;
}

export function createExecutionGate(size: number): ExecutionGate {
  let running = 0;
  const queue: Array<() => void> = [];

  const release = () => {
    running -= 1;
    const next = queue.shift();
    if (next) next();
  };

  const acquire = (signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) return Promise.reject(new ExecutionCancelledError());
    if (running < size && queue.length === 0) {
      running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const at = queue.indexOf(start);
        if (at >= 0) queue.splice(at, 1);
        reject(new ExecutionCancelledError());
      };
      // The slot passes straight from the execution that ends to this one.
      const start = () => {
        signal?.removeEventListener("abort", onAbort);
        running += 1;
        resolve();
      };
      queue.push(start);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  };

  return {
    async run(task, signal) {
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
