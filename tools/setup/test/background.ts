/**
 * Long-running commands of the README (`npm run sim`, `missive webhooks listen`) started the way
 * a shell starts them, each in its own process group so that Ctrl-C (SIGINT to the group)
 * reaches npm, the shell and node alike; always stopped, and SIGKILLed if SIGINT is not enough.
 */
import { type ChildProcess, spawn } from "node:child_process";

export interface Background {
  output: () => string;
  stdout: () => string;
  stop: () => Promise<void>;
}

const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) if (child.pid) process.kill(-child.pid, "SIGKILL");
});

/** Runs `command` with bash; resolves once its output matches `ready`. */
export async function startBackground(
  command: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; ready: RegExp; timeoutMs: number },
): Promise<Background> {
  const child = spawn("bash", ["-c", command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk;
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      process.kill(-child.pid, "SIGINT");
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
  };
  const deadline = Date.now() + options.timeoutMs;
  while (!options.ready.test(output)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`"${command}" did not get ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { output: () => output, stdout: () => stdout, stop };
}
