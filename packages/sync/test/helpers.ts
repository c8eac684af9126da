import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createMissiveClient, type MissiveClient } from "@missive-ts/client";
import { type RunningSimulator, type SimulatorOptions, startSimulator } from "@missive-ts/sim";
import { afterAll, beforeAll } from "vitest";
import { postgresStore, type SyncStore, sqliteStore } from "../src/index.ts";
import { type RunningPostgres, startPostgres } from "./postgres-server.ts";

export const TOKEN = "missive_pat-SYNCTEST0123456789";

/** A client on the simulator, without its own rate limit unless asked (the simulator has one). */
export function simClient(sim: RunningSimulator, rateLimit: false | object = false): MissiveClient {
  return createMissiveClient({
    token: TOKEN,
    baseUrl: sim.url,
    rateLimit: rateLimit as false,
    maxRetries: 4,
    maxRetryDelayMs: 200,
  });
}

/** One simulator for the enclosing suite (its own state), always stopped; read it in tests. */
export function useSimulator(options: SimulatorOptions): () => RunningSimulator {
  let sim: RunningSimulator | undefined;
  beforeAll(async () => {
    sim = await startSimulator({ rateLimit: false, ...options });
  });
  afterAll(async () => {
    await sim?.stop();
  });
  return () => sim as RunningSimulator;
}

const dirs: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "missive-sync-test-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** One Postgres for the file, always stopped. */
export function usePostgres() {
  let server: RunningPostgres | undefined;
  let count = 0;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });
  return {
    server: () => server as RunningPostgres,
    /** A store on a fresh database. */
    freshUrl: () => (server as RunningPostgres).createDatabase(`db_${process.pid}_${++count}`),
  };
}

export type StoreKind = "sqlite" | "postgres";

/** A fresh store of a kind: a new SQLite file, or a new Postgres database. */
export function storeFactory(postgres: ReturnType<typeof usePostgres>) {
  return async (kind: StoreKind): Promise<SyncStore> =>
    kind === "sqlite"
      ? sqliteStore(join(tempDir(), "copy.sqlite"))
      : postgresStore(await postgres.freshUrl());
}

export { simulatorIds, storeIds } from "./exact-copy.ts";
