/** A sync in a child process (test/fixtures/sync-child.ts), with its peak memory sampled. */
import { readFileSync } from "node:fs";
import { startSyncChild } from "../test/child.ts";

export interface ChildResult {
  requests: number;
  /** Peak RSS (MiB) when 25, 50, 75 and 100 % of the conversations' lists were in. */
  peakRssByQuarter: number[];
  ended: number | NodeJS.Signals | null;
}

const peakRss = (pid: number | undefined) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};

/** Runs one child to its end (or `killAfterLines` progress lines, then SIGKILL). */
export async function runChild(
  args: string[],
  env: Record<string, string>,
  killAfterLines?: number,
): Promise<ChildResult> {
  const child = startSyncChild(args, env);
  const quarters: number[] = [];
  let most = 0;
  const timer = setInterval(() => {
    const lines = child.output().trim().split("\n");
    const last = lines.at(-1) ?? "";
    most = Math.max(most, peakRss(child.process.pid));
    if (!last.startsWith('{"stream":"nested"')) return;
    const { pending } = JSON.parse(last) as { pending: number };
    const total = Number(env.BENCH_CONVERSATIONS ?? 0);
    const done = total > 0 ? 1 - pending / total : 0;
    while (quarters.length < 3 && done >= (quarters.length + 1) / 4)
      quarters.push(Math.round(most));
  }, 50);
  if (killAfterLines !== undefined) {
    await child.progressed(killAfterLines);
    child.process.kill("SIGKILL");
  }
  const ended = await child.exited;
  clearInterval(timer);
  quarters.push(Math.round(most));
  const done = child
    .output()
    .split("\n")
    .find((line) => line.startsWith('{"done"'));
  const requests = done ? (JSON.parse(done) as { done: { requests: number } }).done.requests : 0;
  return { requests, peakRssByQuarter: quarters, ended };
}
