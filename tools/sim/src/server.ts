/** `startSimulator()`: the seeded Missive API simulator on 127.0.0.1. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { freePort } from "@missive-ts/mock/free-port";
import { AnalyticsReports } from "./analytics.ts";
import { type AppEdits, appEdits } from "./app-edits.ts";
import { FaultInjector } from "./faults.ts";
import { NestedStore } from "./nested-lists.ts";
import {
  resolveAnalytics,
  resolveData,
  resolveFaults,
  resolveRateLimit,
  type SimulatorOptions,
} from "./options.ts";
import { handle, type Pipeline } from "./pipeline.ts";
import { createRandom, mixSeed } from "./random.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { seedData } from "./seed-data.ts";
import type { SimulatorState } from "./state.ts";
import { createStats, type SimulatorStats } from "./stats.ts";

export interface RunningSimulator {
  /** Base URL without `/v1`, e.g. `http://127.0.0.1:43123` (paths as in the spec). */
  readonly url: string;
  /** Live counters. */
  readonly stats: SimulatorStats;
  /** Live data, for assertions (`state.conversations`, `state.contacts`, …). */
  readonly state: SimulatorState;
  /** What a person does in Missive's app and the REST API cannot: edit a draft, delete a message. */
  readonly app: AppEdits;
  /** Closes the server and every open connection; safe to call more than once. */
  stop(): Promise<void>;
}

/** Starts a simulator; the same options (seed included) always give the same data and faults. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const seed = options.seed ?? 1;
  const data = resolveData(options.data);
  const rateLimit = resolveRateLimit(options.rateLimit);
  const faultOptions = resolveFaults(options.faults);
  const random = createRandom(mixSeed(seed, 4));
  const state: SimulatorState = {
    ...seedData(seed, data),
    nested: new NestedStore(seed, data),
    analytics: new AnalyticsReports(resolveAnalytics(options.analytics), random),
    hooks: new Map(),
    random,
  };
  const stats = createStats();
  const pipeline: Pipeline = {
    state,
    stats,
    limiter: rateLimit === false ? undefined : new RateLimiter(rateLimit),
    faults: new FaultInjector(seed, faultOptions),
    faultOptions,
    latencyMs: options.latencyMs ?? 0,
  };

  const server = createServer((request, response) => {
    stats.requests++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    response.once("close", () => {
      stats.inFlight--;
    });
    void handle(pipeline, request, response);
  });
  const port = options.port ?? (await freePort());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return stopped;
  };
  // The port bound, not the one asked for: port 0 means "any free port".
  const bound = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${bound}`, stats, state, app: appEdits(state), stop };
}
