/**
 * How a typed name meets a directory list: an exact id, else the full name (a label's
 * parent path), else any name (a label's own name, a user's email), blind to case and
 * accents; and how candidates are shown when it meets none or several.
 */
import type { DirectoryEntry } from "./directory-cache.js";

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "base" }) === 0;

/** Entries whose full name, or failing that any name, is `typed` (case- and accent-blind). */
export function matches(entries: readonly DirectoryEntry[], typed: string): DirectoryEntry[] {
  const byId = entries.filter((e) => e.id === typed);
  if (byId.length > 0) return byId;
  const full = entries.filter((e) => e.names[0] !== undefined && same(e.names[0], typed));
  return full.length > 0 ? full : entries.filter((e) => e.names.some((n) => same(n, typed)));
}

/** `Billing/Refunds (id)`, `Ann Lee <ann@acme.test> (id)`: a candidate as a person picks it. */
export function shown(entry: DirectoryEntry): string {
  const [full = "", other] = entry.names;
  return `${full}${other?.includes("@") ? ` <${other}>` : ""} (${entry.id})`;
}

export function candidates(entries: readonly DirectoryEntry[], typed: string): string {
  const word = typed.toLowerCase();
  const near = entries.filter((e) =>
    e.names.some((n) => n.toLowerCase().includes(word) || word.includes(n.toLowerCase())),
  );
  const list = (near.length > 0 ? near : entries).slice(0, 15);
  const more = (near.length > 0 ? near : entries).length - list.length;
  return `${list.map((e) => `  ${shown(e)}`).join("\n")}${more > 0 ? `\n  … and ${more} more` : ""}`;
}
