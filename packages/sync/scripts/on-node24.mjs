#!/usr/bin/env node
/**
 * Runs a command (vitest, the bench) on a Node that has `node:sqlite` (22.13+). The machine's
 * default Node may be 20, where the SQLite store cannot run: then the command runs under the
 * pinned Node 24.21.0 from npm (`npx -p node@24.21.0`), so the SQLite tests always run and are
 * never skipped. On Node 22.13+ it runs as is.
 */
import { spawnSync } from "node:child_process";

const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
const hasSqlite = major > 22 || (major === 22 && minor >= 13);
const args = process.argv.slice(2);
const quoted = args.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(" ");
const result = hasSqlite
  ? spawnSync(quoted, { stdio: "inherit", shell: true })
  : spawnSync("npx", ["-y", "-p", "node@24.21.0", "--", "sh", "-c", quoted], {
      stdio: "inherit",
    });
if (result.error) {
  console.error(`Could not start ${args[0]}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
