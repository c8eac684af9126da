import { TimeoutError } from "../errors.js";

export interface AttemptSignal {
  signal: AbortSignal;
  /** Which limit fired, if one did. */
  timedOut(): "attempt" | "total" | null;
  dispose(): void;
}

/**
 * One signal for one attempt: aborts when the caller's signal does, when the attempt exceeds
 * `timeoutMs`, or when the overall `deadline` (a time of `now()`) passes. Written by hand
 * rather than with `AbortSignal.any` to run on every runtime the client supports. The transport
 * and attachment downloads both pass their settings (`timeoutMs`, `now`) as they are.
 */
export function attemptSignal(
  caller: AbortSignal | undefined,
  { timeoutMs, now }: { timeoutMs: number; now: () => number },
  deadline: number | undefined,
): AttemptSignal {
  const controller = new AbortController();
  let fired: "attempt" | "total" | null = null;
  const onAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener("abort", onAbort, { once: true });
  const timer = (which: "attempt" | "total", ms: number) =>
    setTimeout(() => {
      fired = which;
      controller.abort(new TimeoutError(`timed out after ${ms} ms`));
    }, ms);
  const timers = [timer("attempt", timeoutMs)];
  if (deadline !== undefined) timers.push(timer("total", Math.max(0, deadline - now())));
  return {
    signal: controller.signal,
    timedOut: () => fired,
    dispose() {
      for (const t of timers) clearTimeout(t);
      caller?.removeEventListener("abort", onAbort);
    },
  };
}
