/**
 * `missive sync --follow` is a long-running process (systemd, a container): a failure that
 * passes (429s past the client's retries, 5xx, the network, Postgres restarting) must not end
 * it. Such a run is reported, and the next one, an interval later, resumes where it stopped
 * (every page is committed). A failure that will not pass by waiting (401, another account,
 * a corrupt database) still ends it with its exit code.
 */
import type { CliIo } from "./io.js";

const PASSING = new Set(["RateLimitError", "ServerError", "ConnectionError", "TimeoutError"]);

/** Whether waiting and running again may succeed. */
export function passingFailure(error: unknown): boolean {
  const e = error as { name?: string; reason?: string } | null;
  if (e?.name === "SyncStoreError") return e.reason === "unreachable";
  return PASSING.has(e?.name ?? "");
}

/** One line on stderr: NDJSON off a terminal (like the progress), a sentence on one. */
export async function reportPassing(io: CliIo, error: unknown, interval: string): Promise<void> {
  const { redact } = await import("./redact.js");
  const message = await redact(String((error as Error)?.message ?? error), io.env);
  io.stderr.write(
    io.stderr.isTTY
      ? `\nwarning: this run failed (${message}); everything fetched so far is saved, next run in ${interval}.\n`
      : `${JSON.stringify({ type: "error", message, next: `next run in ${interval}` })}\n`,
  );
}
