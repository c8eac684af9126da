import { type ChildProcess, spawn } from "node:child_process";

export interface ChildServerOptions {
  /** Named in errors: "Prism did not start on …". */
  name: string;
  /** Where it will listen; named in errors and handed to `healthy`. */
  url: string;
  /** Program to run. Default: this Node binary (then `args` start with the server's script). */
  command?: string;
  /** Arguments to `command`: for Node, the server's script, then its own arguments. */
  args: readonly string[];
  /** Resolves `true` once the server answers (called every 100 ms until then). */
  healthy: (url: string) => Promise<boolean>;
  /** How long it may take to become healthy. */
  startTimeoutMs: number;
  cwd?: string;
}

export interface ChildServer {
  /** Stops it (SIGTERM, then SIGKILL after 3 s); safe to call more than once. */
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
// A server never outlives the process that started it, even when a test run crashes.
process.once("exit", () => {
  for (const child of live) child.kill("SIGKILL");
});

/**
 * Runs a server (Prism and verdaccio on Node, Debian's redis-server) in a child process and resolves once `healthy` says it
 * answers; rejects, after stopping it, if it exits or stays silent past the timeout, with the
 * tail of its output in the error.
 */
export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const { name, url } = options;
  const child = spawn(options.command ?? process.execPath, options.args, {
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  live.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
      await exited;
      clearTimeout(timer);
    }
    live.delete(child);
  };

  const deadline = Date.now() + options.startTimeoutMs;
  while (!(await options.healthy(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      const why = child.exitCode !== null ? `exited with ${child.exitCode}` : "timed out";
      throw new Error(`${name} did not start on ${url} (${why}).\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { stop };
}
