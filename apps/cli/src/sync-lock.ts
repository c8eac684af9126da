/**
 * One `missive sync` per SQLite copy at a time. The SQLite store's locks live in its process,
 * and opening the file releases the conversations a killed run had claimed: a second run on
 * the same file would release a live run's claims and fetch the same conversations again. So
 * `missive sync` holds `<db>.sync-lock` (created exclusively, holding host and pid) for the
 * run, and a second one is refused, naming the first. A killed run's lock (its pid gone) is
 * taken over. Postgres needs none: its workers share the work on purpose.
 */
import { readFile, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { CliError, ExitCode } from "./errors.js";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/** Takes the lock of the copy at `path`; the function returned releases it. */
export async function holdSyncLock(path: string): Promise<() => Promise<void>> {
  const lock = `${path}.sync-lock`;
  const mine = JSON.stringify({ host: hostname(), pid: process.pid });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lock, mine, { flag: "wx", mode: 0o600 });
      return () => rm(lock, { force: true });
    } catch (error) {
      // A directory that cannot be written: the store says so when it opens the file.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return async () => {};
    }
    const holder = await readFile(lock, "utf8")
      .then((text) => JSON.parse(text) as { host?: string; pid?: number })
      .catch(() => ({}) as { host?: string; pid?: number });
    const here = holder.host === hostname();
    if (here && typeof holder.pid === "number" && alive(holder.pid)) {
      throw new CliError(
        `Another missive sync (pid ${holder.pid}) is running on ${path}: let it finish (it saves everything it fetches), or stop it first.`,
        ExitCode.usage,
      );
    }
    if (!here && holder.host !== undefined) {
      throw new CliError(
        `A missive sync on ${holder.host} holds ${path} (${lock}): let it finish; if none is running, delete ${lock}.`,
        ExitCode.usage,
      );
    }
    // Left by a run that was killed (or an unreadable lock): take it over.
    await rm(lock, { force: true });
  }
  throw new CliError(
    `Cannot take ${lock}: delete it if no missive sync is running.`,
    ExitCode.usage,
  );
}
