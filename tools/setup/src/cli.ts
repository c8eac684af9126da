/**
 * `npm run setup [-- --bin DIR] [--force]`: builds the CLI and the MCP server of this checkout
 * and puts `missive` and `missive-mcp` on the PATH. `npm run setup:undo` removes them.
 * (`npm run setup` installs the workspace first; this script is the rest.)
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type BinDirChoice, chooseBinDir, onPath } from "./bin-dir.ts";
import { buildCommands } from "./build.ts";
import { sharedAccessNote } from "./shared-access.ts";
import { removeShims, writeShims } from "./shims.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
// Remembers where setup wrote, so that undo finds it without being told again. Tests point it
// elsewhere (MISSIVE_SETUP_RECORD) so they never forget a developer's own setup.
const record =
  process.env.MISSIVE_SETUP_RECORD ?? join(root, "node_modules", ".cache", "missive-setup.json");

const USAGE = [
  "npm run setup [-- --bin DIR] [--force]   build, then put missive and missive-mcp on the PATH",
  "npm run setup:undo [-- --bin DIR]        remove them again",
  "",
  "Default DIR: npm's global bin directory if writable (as npm install -g), else ~/.local/bin.",
].join("\n");

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        bin: { type: "string" },
        undo: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        "skip-build": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    // parseArgs names the flag; its stack trace would bury that under Node internals.
    console.error(`setup: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
})();

try {
  if (values.help) {
    console.log(USAGE);
  } else if (values.undo) {
    await undo();
  } else {
    await setup();
  }
} catch (error) {
  console.error(`setup: ${(error as Error).message}`);
  process.exit(1);
}

async function setup(): Promise<void> {
  if (process.platform === "win32") {
    throw new Error(
      "this setup writes POSIX shell shims; on Windows run the commands with node apps/cli/dist/cli.js and node apps/mcp/dist/cli.js after npx pnpm --filter @missive-ts/mcp... run build",
    );
  }
  const choice = chooseBinDir(process.env, values.bin);
  if (!values["skip-build"]) buildCommands(root, process.env);
  const written = await writeShims(root, choice.dir, values.force);
  // Best effort: without the record, undo looks in the default place (or takes --bin).
  await mkdir(dirname(record), { recursive: true })
    .then(() => writeFile(record, JSON.stringify({ binDir: choice.dir })))
    .catch(() => undefined);
  console.log(summary(choice, written));
}

function summary(choice: BinDirChoice, written: string[]): string {
  const lines = [
    `Put on the PATH from this checkout (${choice.reason}):`,
    ...written.map((path) => `  ${path}`),
  ];
  if (!onPath(choice.dir, process.env)) {
    lines.push(
      "",
      `${choice.dir} is not on your PATH yet. Add it (e.g. in ~/.profile), then open a new shell:`,
      `  export PATH="${choice.dir}:$PATH"`,
    );
  }
  const note = sharedAccessNote(root, choice.dir, process.env.HOME || homedir());
  if (note) lines.push("", note);
  lines.push(
    "",
    "Try: missive --help   (or: npm run sim, then the commands it prints)",
    "Undo: npm run setup:undo",
  );
  return lines.join("\n");
}

async function undo(): Promise<void> {
  const recorded = await readFile(record, "utf8")
    .then((text) => (JSON.parse(text) as { binDir?: string }).binDir)
    .catch(() => undefined);
  const dir = values.bin ? resolve(values.bin) : (recorded ?? chooseBinDir(process.env).dir);
  const removed = await removeShims(dir);
  if (!values.bin || resolve(values.bin) === recorded) await rm(record, { force: true });
  console.log(
    removed.length
      ? `Removed ${removed.join(" and ")}.`
      : `Nothing to remove: no missive or missive-mcp written by this setup in ${dir}.`,
  );
}
