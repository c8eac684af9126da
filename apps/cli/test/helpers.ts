import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, inject } from "vitest";
import { type CliIo, run } from "../src/main.js";

export const TOKEN = "missive_pat-TESTSECRET0123456789wxyz";

export interface CliOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
  fetch?: (request: Request) => Promise<Response>;
  /** Pretend stdout (and stderr) are terminals. */
  tty?: boolean;
  signal?: AbortSignal;
  cwd?: string;
  /** The CLI's clock in ms (the directory cache's expiry). */
  now?: () => number;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const tempDirs: string[] = [];

/** A fresh, empty config directory: tests never touch the real ~/.config. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "missive-cli-test-"));
  tempDirs.push(dir);
  return dir;
}

// Each test file imports this module afresh (vitest isolates files), so this hook belongs to
// the importing file: its temp directories go when it ends.
afterAll(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI in-process against the Prism mock, with a token and no retries. */
export async function cli(argv: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty === true },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.tty === true },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    env: {
      MISSIVE_API_TOKEN: TOKEN,
      MISSIVE_BASE_URL: inject("mockUrl"),
      MISSIVE_CONFIG_DIR: join(tempDir(), "config"),
      ...options.env,
    },
    fetch: options.fetch,
    signal: options.signal,
    cwd: options.cwd,
    now: options.now,
    clientOptions: { maxRetries: 0, rateLimit: false },
  };
  const code = await run(argv, io);
  // Whatever the test, the token never reaches the output.
  for (const secret of [TOKEN, io.env.MISSIVE_API_TOKEN, options.stdin?.trim()]) {
    if (secret && secret.length > 8 && (stdout + stderr).includes(secret)) {
      throw new Error(`missive ${argv.join(" ")} printed the token`);
    }
  }
  return { code, stdout, stderr };
}

/** A fetch that asks Prism for a given status (`Prefer: code=404`). */
export const preferStatus =
  (status: number) =>
  (request: Request): Promise<Response> => {
    const headers = new Headers(request.headers);
    headers.set("Prefer", `code=${status}`);
    return fetch(new Request(request, { headers }));
  };

/** A fetch that drops the Authorization header: Prism then answers 401. */
export const withoutToken = (request: Request): Promise<Response> => {
  const headers = new Headers(request.headers);
  headers.delete("authorization");
  return fetch(new Request(request, { headers }));
};

/** One request as it reached the API: method, path with its query, and its JSON body. */
export interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

/** Records what reaches the API, then lets the server (Prism) answer. */
export function recordRequests() {
  const sent: SentRequest[] = [];
  const record = async (request: Request) => {
    const text = request.body ? await request.clone().text() : "";
    const url = new URL(request.url);
    sent.push({
      method: request.method,
      path: url.pathname + url.search,
      body: text ? JSON.parse(text) : undefined,
    });
    return fetch(request);
  };
  return { sent, fetch: record };
}
