import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { freePort } from "./free-port.ts";

const require = createRequire(import.meta.url);
const prismBin = join(
  dirname(require.resolve("@stoplight/prism-cli/package.json")),
  "dist/index.js",
);
const bundledSpec = require.resolve("@missive-ts/schema/openapi.json");

export interface MockOptions {
  /** OpenAPI document to serve. Default: the bundled Missive spec of @missive-ts/schema. */
  spec?: string;
  /** Port on 127.0.0.1. Default: a free one chosen by the OS. */
  port?: number;
  /**
   * How long to wait for Prism to answer before giving up. Default 120 s: `npm test` starts
   * several mocks while other tasks build and type-check on the same cores, and a Prism that
   * dies is reported at once anyway, with its output.
   */
  startTimeoutMs?: number;
}

export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:43123` (paths as in the spec: `/conversations`). */
  readonly url: string;
  /** Stops Prism; safe to call more than once. */
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
// A mock never outlives the process that started it, even when a test run crashes.
process.once("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

/** Any HTTP answer means Prism is routing requests. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/__health`, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts Prism on 127.0.0.1, resolves once it answers HTTP, and rejects (after stopping it)
 * if it exits or stays silent past the timeout.
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [prismBin, "mock", "--host", "127.0.0.1", "--port", String(port), options.spec ?? bundledSpec],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  live.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
      await exited;
      clearTimeout(timer);
    }
    live.delete(child);
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(
        `Prism did not start on ${url} (${child.exitCode !== null ? `exited with ${child.exitCode}` : "timed out"}).\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop };
}
