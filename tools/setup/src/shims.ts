/**
 * The two commands `npm run setup` puts on the PATH. Each is a tiny shell script that runs the
 * checkout's built entry point with the `node` on the PATH, so a later `git pull` and build is
 * picked up without running setup again, and a Node version switch (nvm, fnm) applies to it.
 */
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** The first line after the shebang: how `--undo` knows a file is ours and not another install's. */
export const SHIM_MARKER = "# missive-ts setup shim";

/** Command name → entry point, relative to the checkout root. */
export const COMMANDS = {
  missive: "apps/cli/dist/cli.js",
  "missive-mcp": "apps/mcp/dist/cli.js",
} as const;

export type CommandName = keyof typeof COMMANDS;

export function shimText(root: string, command: CommandName): string {
  const entry = join(root, COMMANDS[command]);
  return [
    "#!/bin/sh",
    `${SHIM_MARKER} (${root}); remove with: npm run setup:undo`,
    `exec node ${shellQuote(entry)} "$@"`,
    "",
  ].join("\n");
}

/** What is at `path` now: nothing, one of our shims, or something else (never overwritten). */
export async function shimState(path: string): Promise<"absent" | "ours" | "foreign"> {
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    // A directory or an unreadable file: not ours either way.
    return "";
  });
  if (text === undefined) return "absent";
  return text.split("\n", 3)[1]?.startsWith(SHIM_MARKER) ? "ours" : "foreign";
}

export async function writeShims(root: string, binDir: string, force: boolean): Promise<string[]> {
  await mkdir(binDir, { recursive: true });
  const names = Object.keys(COMMANDS) as CommandName[];
  for (const name of names) {
    const path = join(binDir, name);
    if (!force && (await shimState(path)) === "foreign") {
      throw new Error(
        `${path} exists and was not written by this setup (an npm install of @missive-ts?). Remove it, pick another directory with --bin DIR, or replace it with --force.`,
      );
    }
  }
  const written: string[] = [];
  for (const name of names) {
    const path = join(binDir, name);
    await writeFile(path, shimText(root, name));
    await chmod(path, 0o755);
    written.push(path);
  }
  return written;
}

/** Removes the shims in `binDir` that this setup wrote; leaves anything else alone. */
export async function removeShims(binDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of Object.keys(COMMANDS)) {
    const path = join(binDir, name);
    if ((await shimState(path)) === "ours") {
      await rm(path);
      removed.push(path);
    }
  }
  return removed;
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
