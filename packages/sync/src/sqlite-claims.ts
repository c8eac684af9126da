import { hostname } from "node:os";
import type { SqliteDatabase } from "./sqlite-driver.js";

/**
 * One process syncs a SQLite file at a time, so claims left in it are a killed run's: they go
 * when the file is opened, or the next run would wait out their lease. Not those of a run still
 * alive on this host (worker ids are `host:pid:…`): a `missive search` or `sync status` opening
 * the file meanwhile would make that run fetch a conversation twice.
 */
export function releaseDeadClaims(database: SqliteDatabase): void {
  const workers = database
    .prepare("SELECT DISTINCT claimed_by AS worker FROM sync_pending WHERE claimed_by IS NOT NULL")
    .all() as { worker: string }[];
  for (const { worker } of workers) {
    const [host, pid] = worker.split(":");
    if (host === hostname() && Number(pid) > 0 && processAlive(Number(pid))) continue;
    database
      .prepare(
        "UPDATE sync_pending SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = ?",
      )
      .run(worker);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
