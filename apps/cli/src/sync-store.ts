/**
 * The copy `missive sync`, `sync status` and `search` work on: `--database-url` (or
 * `MISSIVE_DATABASE_URL`) for Postgres, else `--db PATH`, else one SQLite file per profile in
 * the config directory. Store errors become the CLI's exit codes: a path that cannot be
 * written, a corrupt or foreign database, another account or an old Node → 2 with the reason;
 * Postgres unreachable → 1 naming host and cause (never the password).
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import type { SyncStore } from "@missive-ts/sync";
import type { Flags, GlobalOptions } from "./command.js";
import { configDir, profileName } from "./config.js";
import { CliError, ExitCode, UsageError } from "./errors.js";
import type { CliIo } from "./io.js";

/** `--db` and `--database-url`: where the copy is, for every command that uses it. */
export const STORE_FLAGS = {
  db: {
    type: "string",
    value: "<path>",
    description: "SQLite file (default: sync-<profile>.sqlite in the config directory)",
  },
  "database-url": {
    type: "string",
    value: "<url>",
    description: "Postgres instead (env MISSIVE_DATABASE_URL): postgres://user@host/db",
  },
} as const satisfies Flags;

export interface StoreFlags {
  db?: string | undefined;
  databaseUrl?: string | undefined;
}

/** Where the copy is: for messages, and to tell whether a SQLite one exists yet. */
function copyLocation(options: StoreFlags & GlobalOptions, io: CliIo) {
  const url = options.databaseUrl ?? (io.env.MISSIVE_DATABASE_URL || undefined);
  if (url !== undefined && options.db !== undefined) {
    throw new UsageError("Pass --db or --database-url, not both.");
  }
  if (url !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new UsageError(
        "--database-url must be a postgres:// URL, e.g. postgres://user@host:5432/missive.",
      );
    }
    return { kind: "postgres" as const, url };
  }
  const profile = profileName(options.profile, io.env);
  const path = options.db !== undefined ? resolve(io.cwd ?? process.cwd(), options.db) : undefined;
  return {
    kind: "sqlite" as const,
    path: path ?? resolve(configDir(io.env), `sync-${profile}.sqlite`),
    isDefault: path === undefined,
  };
}

/**
 * Opens the copy. `mustExist`: reading commands refuse to create an empty SQLite file where
 * there is no copy yet.
 */
export async function openCopy(
  options: StoreFlags & GlobalOptions,
  io: CliIo,
  mustExist: boolean,
): Promise<SyncStore> {
  const where = copyLocation(options, io);
  const sync = await import("@missive-ts/sync");
  let store: SyncStore;
  if (where.kind === "postgres") {
    store = sync.postgresStore(where.url);
  } else {
    if (mustExist && !existsSync(where.path)) {
      throw new CliError(
        `No copy at ${where.path}: run \`missive sync${where.isDefault ? "" : ` --db ${where.path}`}\` first.`,
        ExitCode.usage,
      );
    }
    if (where.isDefault) await mkdir(configDir(io.env), { recursive: true, mode: 0o700 });
    store = sync.sqliteStore(where.path);
    if (!mustExist) {
      // `missive sync`: one at a time per file (see sync-lock.ts), taken before it opens.
      const { holdSyncLock } = await import("./sync-lock.js");
      const release = await holdSyncLock(where.path);
      const opened = store;
      store = { ...opened, close: () => opened.close().finally(release) };
    }
  }
  try {
    await store.open();
  } catch (error) {
    await store.close().catch(() => {});
    throw storeFailure(error);
  }
  return store;
}

/** A sync or store error as the CLI reports it. */
export function storeFailure(error: unknown): unknown {
  const e = error as { name?: string; reason?: string; message?: string };
  if (e?.name === "ForeignAccountError" || e?.name === "SearchInputError")
    return new CliError(String(e.message), ExitCode.usage);
  if (e?.name === "SyncStoreError") {
    return new CliError(
      String(e.message),
      e.reason === "unreachable" ? ExitCode.api : ExitCode.usage,
    );
  }
  return error;
}
