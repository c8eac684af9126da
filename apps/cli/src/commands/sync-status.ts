import { defineCommand } from "../command.js";
import { ExitCode } from "../errors.js";
import { STORE_FLAGS } from "../sync-store.js";

const age = (ms: number) => {
  const s = Math.max(0, Math.round((Date.now() - ms) / 1_000));
  return s < 120
    ? `${s}s ago`
    : s < 7_200
      ? `${Math.round(s / 60)}m ago`
      : s < 172_800
        ? `${Math.round(s / 3_600)}h ago`
        : `${Math.round(s / 86_400)}d ago`;
};

export default defineCommand({
  usage: `Show the local copy: rows per table, each stream's checkpoint and its age, the last run and
the schema version.

Usage: missive sync status [--db PATH | --database-url URL]`,
  flags: {
    ...STORE_FLAGS,
  },
  async run(options, io) {
    const { openCopy } = await import("../sync-store.js");
    const store = await openCopy(options, io, true);
    try {
      const status = await store.status();
      const meta = status.meta;
      const lastRun = meta.last_run_finished_at ? Number(meta.last_run_finished_at) : null;
      if (options.json || !io.stdout.isTTY) {
        io.stdout.write(
          `${JSON.stringify({ database: store.location, schemaVersion: status.schemaVersion, account: meta.account_email || meta.account_id || null, lastRun: lastRun === null ? null : new Date(lastRun).toISOString(), lastRunRequests: meta.last_run_requests ? Number(meta.last_run_requests) : null, pending: status.pending, rows: status.rows, checkpoints: status.checkpoints.map((c) => ({ stream: c.stream, updatedAt: new Date(c.updatedAt).toISOString(), ageSeconds: Math.round((Date.now() - c.updatedAt) / 1_000) })) })}\n`,
        );
        return ExitCode.ok;
      }
      const { forTerminal } = await import("../terminal-text.js");
      const lines = [
        `Database        ${store.location} (schema version ${status.schemaVersion})`,
        `Account         ${forTerminal(meta.account_email || meta.account_id || "none yet")}`,
        `Last run        ${lastRun === null ? "never finished" : `${new Date(lastRun).toISOString()} (${age(lastRun)}), ${meta.last_run_requests} requests`}`,
        `Pending         ${status.pending} conversations`,
        "",
        "Rows",
        ...Object.entries(status.rows).map(
          ([table, n]) => `  ${table.padEnd(16)}${String(n).padStart(10)}`,
        ),
        "",
        "Checkpoints",
        ...status.checkpoints.map(
          (c) => `  ${forTerminal(c.stream).padEnd(50)}${age(c.updatedAt)}`,
        ),
      ];
      io.stdout.write(`${lines.join("\n")}\n`);
      return ExitCode.ok;
    } finally {
      await store.close();
    }
  },
});
