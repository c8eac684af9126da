/** Samples process memory (every `intervalMs` and on demand) and reports the peak over a baseline. */

const collect = (globalThis as { gc?: () => void }).gc;

export interface MemoryPeak {
  rssDeltaBytes: number;
  heapDeltaBytes: number;
  samples: number;
  gcBaseline: boolean;
}

export function startMemorySampler(intervalMs = 5) {
  collect?.();
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  let samples = 0;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
    samples++;
  };
  const timer = setInterval(sample, intervalMs);
  return {
    sample,
    stop(): MemoryPeak {
      clearInterval(timer);
      sample();
      return {
        rssDeltaBytes: rss - base.rss,
        heapDeltaBytes: heap - base.heapUsed,
        samples,
        gcBaseline: collect !== undefined,
      };
    },
  };
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
