/** Child processes of the benchmark: the simulator and the workers, always stopped. */
import { type ChildProcess, fork } from "node:child_process";
import type { SimulatorOptions } from "@missive-ts/sim";
import type { WorkerConfig, WorkerCounts } from "./worker.ts";

export interface SimStats {
  requests: number;
  inFlight: number;
  maxInFlight: number;
  rateLimited: number;
}

const children = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

function spawnChild(script: string, env: Record<string, string>): ChildProcess {
  const child = fork(new URL(script, import.meta.url), { env: { ...process.env, ...env } });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

/** The next message of `child` that `pick` accepts. */
function nextMessage<T>(
  child: ChildProcess,
  pick: (message: unknown) => T | undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      const picked = pick(message);
      if (picked === undefined) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(picked);
    };
    const onExit = (code: number | null) => reject(new Error(`child exited (${code})`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

const field =
  <K extends string>(key: K) =>
  (message: unknown) =>
    message && typeof message === "object" && key in message
      ? (message as Record<K, unknown>)
      : undefined;

export async function startSim(options: SimulatorOptions) {
  const child = spawnChild("./sim-child.ts", { BENCH_SIM: JSON.stringify(options) });
  const { url } = (await nextMessage(child, field("url"))) as { url: string };
  return {
    url,
    async stats(): Promise<SimStats> {
      const reply = nextMessage(child, field("maxInFlight"));
      child.send("stats");
      return (await reply) as unknown as SimStats;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.send("stop");
      await exited;
    },
  };
}

export interface Worker {
  child: ChildProcess;
  /** The leases it last said it holds (with `reportLeases`). */
  held: string[];
}

export async function startWorkers(count: number, config: WorkerConfig): Promise<Worker[]> {
  const workers = Array.from({ length: count }, () => {
    const child = spawnChild("./worker.ts", { BENCH_WORKER: JSON.stringify(config) });
    const worker: Worker = { child, held: [] };
    child.on("message", (message) => {
      const report = field("held")(message);
      if (report) worker.held = report.held as string[];
    });
    return worker;
  });
  await Promise.all(workers.map(({ child }) => nextMessage(child, field("ready"))));
  for (const { child } of workers) child.send("go");
  return workers;
}

/** Stops the workers still alive and adds up what they counted. */
export async function stopWorkers(workers: readonly Worker[]): Promise<WorkerCounts> {
  const alive = workers.filter(({ child }) => child.exitCode === null && child.signalCode === null);
  const reports = await Promise.all(
    alive.map(({ child }) => {
      const reply = nextMessage(child, field("counts"));
      child.send("stop");
      return reply;
    }),
  );
  const total: WorkerCounts = { requests: 0, tooMany: 0, errors: {} };
  for (const report of reports) {
    const counts = report.counts as WorkerCounts;
    total.requests += counts.requests;
    total.tooMany += counts.tooMany;
    for (const [name, n] of Object.entries(counts.errors)) {
      total.errors[name] = (total.errors[name] ?? 0) + n;
    }
  }
  return total;
}
