/**
 * Root's `npm run setup` writes to a directory every user searches; from a checkout in /root
 * (mode 700) only root can run the commands, and the summary says so.
 */
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closedToOthers, sharedAccessNote } from "../src/shared-access.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "missive-shared-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("finds the directory other users may not enter on the way to a checkout", async () => {
  const home = join(dir, "home");
  const checkout = join(home, "src", "missive-ts");
  await mkdir(checkout, { recursive: true });
  await chmod(dir, 0o755);
  await chmod(home, 0o700);
  expect(closedToOthers(checkout)).toBe(home);
  await chmod(home, 0o755);
  expect(closedToOthers(checkout)).toBeUndefined();
});

it.runIf(process.getuid?.() === 0)(
  "as root, a shared bin directory with a closed checkout gets a note",
  async () => {
    await chmod(dir, 0o755);
    const closed = join(dir, "closed");
    await mkdir(join(closed, "checkout"), { recursive: true });
    await chmod(closed, 0o700);
    expect(sharedAccessNote(join(closed, "checkout"), "/usr/local/bin", "/root")).toContain(
      `other users may not enter ${closed}`,
    );
    // Into root's own ~/.local/bin, only root was meant to run them: no note.
    expect(sharedAccessNote(join(closed, "checkout"), "/root/.local/bin", "/root")).toBeUndefined();
    await chmod(closed, 0o755);
    expect(sharedAccessNote(join(closed, "checkout"), "/usr/local/bin", "/root")).toBeUndefined();
  },
);
