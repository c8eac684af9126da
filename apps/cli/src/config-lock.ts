import { open, rm, stat } from "node:fs/promises";

/** A lock older than this was left by a process that died while holding it. */
const STALE_MS = 30_000;
const GIVE_UP_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `update` while holding `<file>.lock` (created exclusively, `O_EXCL`), so that a
 * read-modify-write of the config by one process never overwrites another's: five
 * `missive auth login`s run at once keep five profiles.
 */
export async function withFileLock<T>(file: string, update: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const start = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await (await open(lock, "wx", 0o600)).close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const age = Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age > STALE_MS) await rm(lock, { force: true });
      else if (Date.now() - start > GIVE_UP_MS) {
        throw new Error(
          `${lock} is held by another missive process; if none is running, delete that file.`,
        );
      } else await sleep(10 + Math.random() * 20 * Math.min(attempt + 1, 5));
    }
  }
  try {
    return await update();
  } finally {
    await rm(lock, { force: true });
  }
}
