import type { SyncProgress } from "@missive-ts/sync";
import { defineCommand } from "../command.js";
import { ExitCode, UsageError } from "../errors.js";
import type { CliIo } from "../io.js";
import { STORE_FLAGS } from "../sync-store.js";

/** `5m`, `30s`, `1h`, `250ms` → milliseconds. */
function parseInterval(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  const units = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 } as const;
  if (!match)
    throw new UsageError(`--interval must be a duration like 30s, 5m or 1h, not "${text}".`);
  const ms = Number(match[1]) * units[(match[2] ?? "s") as keyof typeof units];
  if (ms < 1_000) throw new UsageError("--interval must be at least 1s.");
  return ms;
}

/** 128 + 15, as a shell reports a process SIGTERM ended. */
const SIGTERM_EXIT = 143;

const GROUPS = ["conversations", "contacts", "directory"];

function onlyGroups(value: string | undefined): string[] {
  if (value === undefined) return [];
  const groups = value
    .split(",")
    .map((g) => g.trim())
    .filter(Boolean);
  const unknown = groups.filter((g) => !GROUPS.includes(g));
  if (unknown.length > 0 || groups.length === 0) {
    throw new UsageError(`--only takes ${GROUPS.join(", ")} (comma-separated), not "${value}".`);
  }
  return groups;
}

/** setTimeout's ceiling (about 24.8 days): a longer delay would fire after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Waits `ms` (in steps under the timer's ceiling), or until `signal` aborts. */
async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  for (let left = ms; left > 0 && !signal?.aborted; left -= MAX_TIMER_MS)
    await sleepOnce(Math.min(left, MAX_TIMER_MS), signal);
}

const sleepOnce = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/** Progress: a bar line on a terminal, NDJSON on stderr otherwise. */
function progressPrinter(io: CliIo) {
  if (!io.stderr.isTTY)
    return (p: object) => void io.stderr.write(`${JSON.stringify({ type: "progress", ...p })}\n`);
  return (p: SyncProgress) => {
    const eta =
      p.etaSeconds === null
        ? ""
        : `  ETA ${Math.floor(p.etaSeconds / 60)}m${String(p.etaSeconds % 60).padStart(2, "0")}s`;
    const width = 20;
    const done =
      p.pending === 0
        ? width
        : Math.max(0, width - Math.min(width, Math.ceil(Math.log10(p.pending + 1) * 5)));
    const bar = `[${"#".repeat(done)}${".".repeat(width - done)}]`;
    io.stderr.write(
      `\r\x1b[2K${bar} ${p.items} items  ${p.requests} requests  ${p.rate} req/s  ${p.pending} conversations to go${eta}  ${p.stream.slice(0, 40)}`,
    );
  };
}

export default defineCommand({
  usage: `Copy the account into a local database and keep it current: conversations (every mailbox)
with their messages, comments, posts and drafts, contacts, users, teams, shared labels, tasks and
canned responses. The first run is a backfill; later runs fetch only what changed. Interrupt it
at any time: the next run resumes.

Usage: missive sync [--db PATH | --database-url URL] [--follow [--interval 5m]] [--only a,b]`,
  flags: {
    ...STORE_FLAGS,
    follow: { type: "boolean", description: "Keep syncing until Ctrl-C (exit 130, state saved)" },
    interval: {
      type: "string",
      value: "<duration>",
      description: "Pause between --follow runs (default 5m)",
    },
    only: {
      type: "string",
      value: "<a,b>",
      description: "Only these streams: conversations, contacts, directory",
    },
  },
  notes:
    "Needs Node 22.13+ for SQLite (node:sqlite); Postgres works on any supported Node.\nSee `missive sync status` and `missive search`.",
  async run(options, io) {
    const only = onlyGroups(options.only);
    const interval = parseInterval(options.interval ?? "5m");
    if (options.interval !== undefined && !options.follow)
      throw new UsageError("--interval goes with --follow.");
    const { makeClient } = await import("../make-client.js");
    const { openCopy, storeFailure } = await import("../sync-store.js");
    const client = await makeClient(options, io);
    const store = await openCopy(options, io, false);
    const { createSync } = await import("@missive-ts/sync");
    const sync = createSync({ client, store });
    const onProgress = progressPrinter(io);
    // SIGTERM (systemd, Docker, kill) stops it as Ctrl-C does: the run gives back its claims,
    // the lock goes, and the exit code says which signal (143).
    const stop = new AbortController();
    const onInterrupt = () => stop.abort("SIGINT");
    const onTerm = () => stop.abort("SIGTERM");
    io.signal?.addEventListener("abort", onInterrupt, { once: true });
    process.once("SIGTERM", onTerm);
    const signal = stop.signal;
    try {
      for (;;) {
        let summary: Awaited<ReturnType<typeof sync.run>>;
        try {
          summary = await sync.run({ signal, onProgress, only });
        } catch (error) {
          const { passingFailure, reportPassing } = await import("../sync-follow.js");
          if (!options.follow || signal.aborted || !passingFailure(error)) throw error;
          await reportPassing(io, error, options.interval ?? "5m");
          await sleep(interval, signal);
          if (signal.aborted) break;
          continue;
        }
        if (io.stderr.isTTY) io.stderr.write("\n");
        const line = {
          type: "done",
          requests: summary.requests,
          items: summary.items,
          elapsedMs: summary.elapsedMs,
          database: store.location,
        };
        io.stdout.write(
          options.json || !io.stdout.isTTY
            ? `${JSON.stringify(line)}\n`
            : `Synced ${summary.items} rows with ${summary.requests} requests in ${(summary.elapsedMs / 1_000).toFixed(1)} s into ${store.location}.\n`,
        );
        if (!options.follow) return ExitCode.ok;
        await sleep(interval, signal);
        if (signal.aborted) break;
      }
    } catch (error) {
      if (!signal.aborted) throw storeFailure(error);
    } finally {
      io.signal?.removeEventListener("abort", onInterrupt);
      process.removeListener("SIGTERM", onTerm);
      await sync.close();
    }
    io.stderr.write(
      `\nInterrupted: everything fetched so far is saved in ${store.location}; run missive sync again to resume.\n`,
    );
    return signal.reason === "SIGTERM" ? SIGTERM_EXIT : ExitCode.interrupted;
  },
});
