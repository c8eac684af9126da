import type { MissiveLogger } from "@missive-ts/client";
import type { CliIo } from "./io.js";
import { forTerminal } from "./terminal-text.js";

/** How long a wait notice says it lasts: the limiter's `waitMs`, a 429's `retryAfterMs`. */
function waitOf(details: Record<string, unknown> | undefined): number | undefined {
  const ms = details?.waitMs ?? details?.retryAfterMs;
  return typeof ms === "number" && Number.isFinite(ms) ? ms : undefined;
}

/**
 * The client's logger for a CLI command: warnings on stderr. When many requests wait on the
 * rate limit at once (sync, export), each would say so: one notice per wait is enough, so
 * further wait notices stay quiet until the printed wait has elapsed. On a terminal the line
 * is cleared first, so that a progress bar drawn there (`sync`, `export`) is replaced, not
 * glued to the warning; the bar redraws itself on its next update.
 */
export function cliLogger(io: CliIo, now: () => number = Date.now): MissiveLogger {
  let quietUntil = Number.NEGATIVE_INFINITY;
  return {
    warn(message, details) {
      const wait = waitOf(details);
      if (wait !== undefined) {
        const at = now();
        if (at < quietUntil) return;
        quietUntil = at + wait;
      }
      const clear = io.stderr.isTTY ? "\r\x1b[2K" : "";
      io.stderr.write(`${clear}warning: ${forTerminal(message)}\n`);
    },
  };
}
