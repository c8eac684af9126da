/**
 * The real `missive` (src/cli.ts through tsx) in a child process, on a Node that has
 * `node:sqlite` (22.13+): this one when it has it, else the pinned Node 24.21.0 from npm, so
 * that the sync and search tests run on every test pass, Node 20's included.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TOKEN, tempDir } from "./helpers.ts";

const cliDir = fileURLToPath(new URL("..", import.meta.url));
const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
export const nodeHasSqlite = major > 22 || (major === 22 && minor >= 13);

let node24: string | undefined;
/** The pinned Node 24's own binary (signals must reach the CLI, not an `npx` in between). */
function sqliteNode(): string {
  node24 ??= execFileSync("npx", [
    "-y",
    "-p",
    "node@24.21.0",
    "--",
    "node",
    "-p",
    "process.execPath",
  ])
    .toString()
    .trim();
  return node24;
}

export interface ChildRun {
  child: ChildProcess;
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
  /** Resolves once stdout contains `text`. */
  printed(text: string): Promise<void>;
}

/** Starts `missive <args>`; `env` adds to (and may unset) the parent's environment. */
export function missive(
  args: string[],
  env: Record<string, string | undefined>,
  options: { oldNode?: boolean } = {},
): ChildRun {
  const nodeArgs = ["--conditions=missive-ts-source", "--import", "tsx", "src/cli.ts", ...args];
  const useThis = options.oldNode === true || nodeHasSqlite;
  const child = spawn(useThis ? process.execPath : sqliteNode(), nodeArgs, {
    cwd: cliDir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const watchers: { text: string; resolve: () => void }[] = [];
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const w of watchers.splice(0))
      (stdout.includes(w.text) ? w.resolve : () => watchers.push(w))();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => {
    child.on("exit", (code, signal) => {
      for (const w of watchers.splice(0)) w.resolve();
      resolve({ code, signal, stdout, stderr });
    });
  });
  return {
    child,
    done,
    printed: (text) =>
      new Promise((resolve) => {
        if (stdout.includes(text) || child.exitCode !== null) resolve();
        else watchers.push({ text, resolve });
      }),
  };
}

/** The environment of a `missive` run against the simulator at `url`: a fresh config dir. */
export const simEnv = (url: string, extra: Record<string, string | undefined> = {}) => ({
  MISSIVE_API_TOKEN: TOKEN,
  MISSIVE_BASE_URL: url,
  MISSIVE_CONFIG_DIR: join(tempDir(), "config"),
  MISSIVE_DATABASE_URL: undefined,
  ...extra,
});

/**
 * An HTTP proxy on a free port in front of the simulator at `upstream`: request `n` (from 1)
 * gets `fault(n)` as a JSON answer when it returns one, else the simulator's answer.
 */
export async function faultProxy(
  upstream: string,
  fault: (n: number) => { status: number; body: string } | undefined,
): Promise<{ url: string; close(): void }> {
  let n = 0;
  const proxy = createServer(async (req, res) => {
    const answer = fault(++n) ?? (await forward(req.url, req.headers.authorization));
    res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
  });
  const forward = async (path = "/", authorization = "") => {
    const response = await fetch(`${upstream}${path}`, { headers: { authorization } });
    return { status: response.status, body: await response.text() };
  };
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const port = (proxy.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, close: () => proxy.close() };
}

/** `missive sync status --db <db> --json`, parsed. */
export async function syncStatus(db: string, env: Record<string, string | undefined>) {
  return JSON.parse((await missive(["sync", "status", "--db", db, "--json"], env).done).stdout);
}
