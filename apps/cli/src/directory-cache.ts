/**
 * Directory lists (shared labels, users, teams, organizations) kept briefly in the config
 * directory, so that `--label Refunds` on ten commands in a row lists the labels once. Only
 * ids and names are kept, under a hash of the token: never the token itself. A cache that
 * cannot be read or written is no error, only a list fetched again.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { configDir } from "./config.js";
import type { CliIo } from "./io.js";

/** How long a list is trusted: names change rarely, and an unknown name refetches anyway. */
const DIRECTORY_TTL_MS = 5 * 60 * 1000;

/** One entry of a directory: its id, what a person may type for it, and how to show it. */
export interface DirectoryEntry {
  readonly id: string;
  /** Full name first (a label's parent path, a user's name), then other names (an email). */
  readonly names: readonly string[];
}

interface CacheFile {
  lists: Record<string, { at: number; entries: DirectoryEntry[] }>;
}

const isEntry = (e: unknown): e is DirectoryEntry =>
  typeof (e as DirectoryEntry | null)?.id === "string" &&
  Array.isArray((e as DirectoryEntry).names) &&
  (e as DirectoryEntry).names.every((n) => typeof n === "string");

const fileOf = (io: CliIo) => join(configDir(io.env), "directory-cache.json");

/** The key of one list: account (token hash), API root, kind and organization. */
export function cacheKey(token: string, root: string, kind: string, organization = ""): string {
  const account = createHash("sha256").update(token).digest("hex").slice(0, 16);
  return `${account} ${root} ${kind} ${organization}`;
}

async function readCache(io: CliIo): Promise<CacheFile> {
  try {
    const parsed = JSON.parse(await readFile(fileOf(io), "utf8")) as CacheFile;
    return typeof parsed?.lists === "object" && parsed.lists !== null ? parsed : { lists: {} };
  } catch {
    return { lists: {} };
  }
}

/** A list fetched less than `DIRECTORY_TTL_MS` ago, if any. */
export async function cachedList(io: CliIo, key: string): Promise<DirectoryEntry[] | undefined> {
  const list = (await readCache(io)).lists[key];
  const now = io.now?.() ?? Date.now();
  const fresh = typeof list?.at === "number" && list.at <= now && now - list.at <= DIRECTORY_TTL_MS;
  if (!list || !fresh || !Array.isArray(list.entries)) return undefined;
  // A file edited or damaged by hand: fetch the list again rather than trip on it.
  return list.entries.every(isEntry) ? list.entries : undefined;
}

/** The list kind a directory command writes to (`shared-labels update` → label). */
const KIND_OF: Record<string, string> = {
  "shared-labels": "label",
  users: "user",
  teams: "team",
  organizations: "organization",
  "contact-books": "contact-book",
};

/**
 * After `missive shared-labels create|update` (or teams…) the cached lists of that kind are
 * dropped: a label renamed or created a second ago must be what the next `--label` finds,
 * not the name it had. Renames made elsewhere wait out the TTL (or miss, which refetches).
 */
export async function forgetLists(io: CliIo, resource: string): Promise<void> {
  const kind = KIND_OF[resource];
  if (!kind) return;
  const cache = await readCache(io);
  const stale = Object.keys(cache.lists).filter((key) => key.split(" ")[2] === kind);
  if (stale.length === 0) return;
  for (const key of stale) delete cache.lists[key];
  await writeCache(io, cache);
}

async function writeCache(io: CliIo, cache: CacheFile): Promise<void> {
  try {
    await mkdir(configDir(io.env), { recursive: true, mode: 0o700 });
    const temp = `${fileOf(io)}.${process.pid}.tmp`;
    await writeFile(temp, `${JSON.stringify(cache)}\n`, { mode: 0o600 });
    await rename(temp, fileOf(io));
  } catch {
    // A read-only config directory: the next command fetches the list again.
  }
}

export async function storeList(io: CliIo, key: string, entries: DirectoryEntry[]): Promise<void> {
  const cache = await readCache(io);
  const now = io.now?.() ?? Date.now();
  for (const [k, list] of Object.entries(cache.lists)) {
    if (now - list.at > DIRECTORY_TTL_MS) delete cache.lists[k];
  }
  cache.lists[key] = { at: now, entries };
  await writeCache(io, cache);
}
