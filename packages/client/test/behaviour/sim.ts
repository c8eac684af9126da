/** Behaviour tests: a real client against the stateful simulator of tools/sim. */
import { type RunningSimulator, type SimulatorOptions, startSimulator } from "@missive-ts/sim";
import {
  createMissiveClient,
  type MissiveClient,
  type MissiveClientOptions,
} from "../../src/index.js";
import type { InternalOptions } from "../../src/options.js";

export const TOKEN = "missive_pat-behaviour-test-token";

/** Starts a simulator, runs `body`, and always stops it. */
export async function withSimulator<T>(
  options: SimulatorOptions,
  body: (sim: RunningSimulator) => Promise<T>,
): Promise<T> {
  const sim = await startSimulator(options);
  try {
    return await body(sim);
  } finally {
    await sim.stop();
  }
}

/** A real client on the simulator (paths as in the spec: no `/v1`). */
export function simClient(
  sim: RunningSimulator,
  options: MissiveClientOptions = {},
  internal: InternalOptions = {},
): MissiveClient {
  return createMissiveClient({ token: TOKEN, baseUrl: sim.url, ...options }, internal);
}

/** A `fetch` that records the length of every list under `envelope` it receives. */
export function pageRecorder() {
  const pages: Array<{ path: string; length: number; limit: number | null }> = [];
  const fetch = async (request: Request) => {
    const response = await globalThis.fetch(request);
    if (response.ok && request.method === "GET") {
      const url = new URL(request.url);
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as Record<string, unknown> | undefined;
      const list = Object.values(body ?? {}).find(Array.isArray) as unknown[] | undefined;
      const limit = url.searchParams.get("limit");
      if (list) {
        pages.push({
          path: url.pathname,
          length: list.length,
          limit: limit === null ? null : Number(limit),
        });
      }
    }
    return response;
  };
  return { pages, fetch };
}

/** The ids of items, failing on an item without a string id. */
export const idsOf = (items: readonly unknown[]) =>
  items.map((item) => {
    const id = (item as { id?: unknown }).id;
    if (typeof id !== "string") throw new Error(`item without an id: ${JSON.stringify(item)}`);
    return id;
  });

/** Prints what a test observed when `MISSIVE_BEHAVIOUR_VERBOSE` is set; silent otherwise. */
export function report(line: string): void {
  if (process.env.MISSIVE_BEHAVIOUR_VERBOSE) console.info(line);
}
