/** Syncs in a child process (test/fixtures/sync-child.ts), which a test may `kill -9`. */
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./fixtures/sync-child.ts", import.meta.url));

export interface SyncChild {
  process: ChildProcess;
  /** Resolves once the child printed this many progress lines (or ended). */
  progressed(lines: number): Promise<void>;
  /** Resolves once the child printed `text` (or ended). */
  printed(text: string): Promise<void>;
  /** Resolves with the exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>;
  output(): string;
}

export function startSyncChild(args: string[], env: Record<string, string> = {}): SyncChild {
  const child = spawn(
    process.execPath,
    ["--conditions=missive-ts-source", "--import", "tsx", script, ...args],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    },
  );
  let out = "";
  let lines = 0;
  const waiters: { lines: number; resolve: () => void }[] = [];
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    lines = out.split("\n").length - 1;
    for (const waiter of waiters.splice(0)) {
      if (lines >= waiter.lines) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => {
    child.on("exit", (code, signal) => {
      for (const waiter of waiters.splice(0)) waiter.resolve();
      resolve(signal ?? code);
    });
  });
  return {
    process: child,
    progressed: (wanted) =>
      new Promise((resolve) => {
        if (lines >= wanted || child.exitCode !== null) resolve();
        else waiters.push({ lines: wanted, resolve });
      }),
    exited,
    printed: async (text) => {
      while (!out.includes(text) && child.exitCode === null && child.signalCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    output: () => out,
  };
}
