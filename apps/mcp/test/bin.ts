/** The built `missive-mcp` bin, spawned as an MCP client would (tests run `pnpm build` first). */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TOKEN } from "./helpers.js";

export const BIN = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** The tests of one tool per operation run the bin in static mode (code mode is the default). */
export const STATIC = ["--tools", "static"];

/**
 * How an MCP client launches the bin over stdio (the v1 and v2 SDKs' `StdioClientTransport` take
 * the same shape): the test token, no home directory to pick a saved profile from, stderr piped.
 */
export function stdioLaunch(args: string[], env: Record<string, string> = {}) {
  return {
    command: process.execPath,
    args: [BIN, ...args],
    env: { PATH: process.env.PATH ?? "", HOME: "/nonexistent", MISSIVE_API_TOKEN: TOKEN, ...env },
    stderr: "pipe" as const,
  };
}

export function assertBuilt(): void {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: run \`pnpm --filter "@missive-ts/mcp..." build\` first`);
  }
}

export interface HttpBin {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  stop(): Promise<void>;
}

/** Starts `missive-mcp --http --port 0 …` and waits for the line announcing its URL. */
export async function startHttpBin(
  args: string[],
  env: Record<string, string> = {},
): Promise<HttpBin> {
  assertBuilt();
  const child = spawn(process.execPath, [BIN, "--http", "--port", "0", ...STATIC, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  let out = "";
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`missive-mcp did not start: ${err}`)), 20_000);
    child.stderr?.on("data", (chunk) => {
      err += chunk;
      const found = /(http:\/\/\S+\/mcp)/.exec(err);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`missive-mcp exited with ${code}: ${err}`));
    });
  });
  return {
    url,
    child,
    stderr: () => err + out,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
