import type { MissiveClientOptions } from "@missive-ts/client";

/** What the CLI reads and writes: the process in production, plain objects in tests. */
export interface CliOutput {
  write(chunk: string): unknown;
  /** Whether a person is watching: tables and spinners instead of JSON. */
  isTTY?: boolean | undefined;
}

export interface CliInput extends AsyncIterable<string | Buffer> {
  isTTY?: boolean | undefined;
  setRawMode?(mode: boolean): unknown;
  on?(event: "data", listener: (chunk: Buffer | string) => void): unknown;
  off?(event: "data", listener: (chunk: Buffer | string) => void): unknown;
  resume?(): unknown;
  pause?(): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  stdin: CliInput;
  env: Record<string, string | undefined>;
  /** Directory that relative `--data @file` and `--output` paths start from. Default: `process.cwd()`. */
  cwd?: string | undefined;
  /** `fetch` given to the client (tests inject one). Default: `globalThis.fetch`. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Aborts when the user presses Ctrl-C: requests stop, `export` finishes its line and exits 130. */
  signal?: AbortSignal | undefined;
  /** The clock, in ms (tests move it: the directory cache's expiry). Default: `Date.now`. */
  now?: (() => number) | undefined;
  /** Extra client options for tests (e.g. `{ maxRetries: 0 }`); the token is the CLI's to choose. */
  clientOptions?: Omit<MissiveClientOptions, "token"> | undefined;
}

/** Reads all of stdin as text. */
export async function readAll(input: CliInput): Promise<string> {
  let text = "";
  for await (const chunk of input)
    text += typeof chunk === "string" ? chunk : chunk.toString("utf8");
  return text;
}
