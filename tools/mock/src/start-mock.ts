import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { startChildServer } from "./child-server.ts";
import { freePort } from "./free-port.ts";
import { prismReadySpec } from "./prism-ready-spec.ts";

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
  const spec = await prismReadySpec(options.spec ?? bundledSpec);
  try {
    const child = await startChildServer({
      name: "Prism",
      url,
      args: [prismBin, "mock", "--host", "127.0.0.1", "--port", String(port), spec.path],
      healthy: answers,
      startTimeoutMs: options.startTimeoutMs ?? 120_000,
    });
    return {
      url,
      stop: async () => {
        await child.stop();
        await spec.dispose();
      },
    };
  } catch (error) {
    await spec.dispose();
    throw error;
  }
}
