import { InvalidResponseError, NotFoundError, TimeoutError } from "./errors.js";
import type { Resources } from "./resource-types.js";
import { abortReason } from "./transport/sleep.js";

type Analytics = Resources["analytics"];
type ReportRequest = Parameters<Analytics["create"]>[0];
type Report = Awaited<ReturnType<Analytics["get"]>>;

/** Options of `missive.analytics.run`. */
export interface RunReportOptions {
  /** Stops waiting (and any request in flight) when it aborts. */
  signal?: AbortSignal | undefined;
  /** Gives up with `TimeoutError` after this many ms in total. Default 120 000. */
  timeoutMs?: number | undefined;
  /** Wait between two fetches of a report that is not ready. Default 5 000 (the docs' advice). */
  pollIntervalMs?: number | undefined;
  /** Wait before the first fetch. Default 5 000 (the docs' advice). */
  firstPollAfterMs?: number | undefined;
}

interface RunDeps {
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => number;
}

/**
 * Creates an analytics report and waits for it (Analytics › Get report): fetch 5 s after
 * creation, then every 5 s until a 200; an empty 404 means "not ready yet".
 */
export function createRunReport(analytics: Analytics, deps: RunDeps) {
  return async function run(body: ReportRequest, options: RunReportOptions = {}): Promise<Report> {
    const {
      signal,
      timeoutMs = 120_000,
      pollIntervalMs = 5_000,
      firstPollAfterMs = 5_000,
    } = options;
    const started = deps.now();
    const created = await analytics.create(body, { signal });
    const id = created?.id;
    if (typeof id !== "string") {
      // Not a timeout: the answer lacks what it must carry, and there is nothing to poll.
      throw new InvalidResponseError(
        "analytics.run: Missive created the report without returning its id, so it cannot be fetched; create it again.",
        { method: "POST", path: "/analytics/reports" },
        "incomplete",
      );
    }
    let wait = firstPollAfterMs;
    for (;;) {
      const left = timeoutMs - (deps.now() - started);
      if (left < wait) {
        throw new TimeoutError(
          `analytics.run: report ${id} was not ready within ${timeoutMs} ms. Raise timeoutMs, or fetch it later with analytics.get("${id}") (reports expire 60 s after completion).`,
        );
      }
      await deps.sleep(wait, signal);
      if (signal?.aborted) throw abortReason(signal);
      try {
        return await analytics.get(id, { signal });
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
      wait = pollIntervalMs;
    }
  };
}
