/**
 * Runs one execution in a new worker thread (see sandbox-worker.ts) and answers its bridge
 * requests with `host`. A new worker and a new QuickJS runtime each time: nothing one
 * execution leaves behind is visible to the next. The worker's own interrupt handler enforces
 * the deadline; if it cannot (stuck outside QuickJS), the worker is terminated a little later.
 */
import { Worker } from "node:worker_threads";
import type {
  BridgedMethod,
  CodeLimits,
  HostMessage,
  LimitHit,
  SandboxOutcome,
  WorkerMessage,
} from "./limits.js";
import { limitError, limitMessage } from "./sandbox-error.js";
import { workerScript } from "./worker-script.js";

/** What the host does for each bridge request; it throws `HostError` to answer with an error. */
export interface SandboxHost {
  handle(kind: string, target: string, args: unknown[]): Promise<unknown>;
}

/** An error the code can catch (a refusal, a Missive error), or a limit that ends it. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly limit: LimitHit | null = null,
  ) {
    super(message);
    this.name = "MissiveToolError";
  }
}

/** Keys that could reach a prototype if the host ever merged these values into an object. */
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

/** Parses the code's arguments; prototype keys are refused, whatever depth they are at. */
export function parseArgs(json: string): unknown[] {
  const value = JSON.parse(json, (key, item) => {
    if (forbiddenKeys.has(key)) {
      throw new HostError(`"${key}" is not allowed as a key in arguments to missive methods`);
    }
    return item;
  });
  if (!Array.isArray(value)) throw new HostError("arguments must be a list");
  return value;
}

const graceMs = 2_000;

const counts = { running: 0, started: 0, mostAtOnce: 0 };

/**
 * Sandboxes in this process: running now, started in all, and the most that ran at once
 * (what the execution gate bounds; tests read it).
 */
export function sandboxCounts(): Readonly<typeof counts> {
  return { ...counts };
}

export function runInSandbox(
  code: string,
  limits: CodeLimits,
  methods: readonly BridgedMethod[],
  host: SandboxHost,
): Promise<SandboxOutcome> {
  const { script, eval: evaluated } = workerScript();
  const worker = new Worker(script, {
    workerData: { code, limits, methods },
    eval: evaluated,
    // The QuickJS heap is capped inside; this caps the worker's own JavaScript heap.
    resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 },
  });
  counts.running += 1;
  counts.started += 1;
  counts.mostAtOnce = Math.max(counts.mostAtOnce, counts.running);
  return new Promise<SandboxOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: SandboxOutcome) => {
      if (settled) return;
      settled = true;
      counts.running -= 1;
      clearTimeout(backstop);
      void worker.terminate();
      resolve(outcome);
    };
    const backstop = setTimeout(
      () =>
        settle({
          ok: false,
          error: limitError("time", limits),
          logs: "",
          truncated: false,
        }),
      limits.timeMs + graceMs,
    );
    const send = (message: HostMessage) => {
      if (!settled) worker.postMessage(message);
    };
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "done") return settle(message.outcome);
      // A request the code made after its outcome (it caught a limit): never sent to Missive.
      if (settled) return;
      const { id, kind, target } = message;
      let args: unknown[];
      try {
        args = parseArgs(message.args);
      } catch (error) {
        send({ type: "reply", id, json: errorJson(error) });
        return;
      }
      host.handle(kind, target, args).then(
        (value) => send({ type: "reply", id, json: JSON.stringify({ ok: true, value }) }),
        (error) => {
          if (error instanceof HostError && error.limit) {
            send({ type: "stop", limit: error.limit, message: error.message });
          }
          send({ type: "reply", id, json: errorJson(error) });
        },
      );
    });
    worker.on("error", (error) =>
      settle({
        ok: false,
        error: {
          name: "InternalError",
          message: /memory/i.test(error.message)
            ? limitMessage("memory", limits)
            : "the sandbox stopped unexpectedly; run the code again",
          ...(/memory/i.test(error.message) ? { limit: "memory" as const } : {}),
        },
        logs: "",
        truncated: false,
      }),
    );
    worker.on("exit", () =>
      settle({
        ok: false,
        error: { name: "InternalError", message: "the sandbox stopped unexpectedly" },
        logs: "",
        truncated: false,
      }),
    );
  });
}

function errorJson(error: unknown): string {
  const name = error instanceof Error ? error.name : "Error";
  const message = error instanceof Error ? error.message : String(error);
  return JSON.stringify({ ok: false, error: { name, message } });
}
