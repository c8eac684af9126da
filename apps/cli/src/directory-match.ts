/**
 * How a typed name meets a directory list: an exact id, else the closest agreement first
 * (exact, then blind to case, then blind to case and accents, so "Café" and "cafe" can both be
 * picked), the full name (a label's parent path) before any name (its own name, a user's
 * email); and how candidates are shown when it meets none or several.
 */
import type { DirectoryEntry } from "./directory-cache.js";

/** "Billing / Refunds" is "Billing/Refunds"; one Unicode form, so an exact match is exact. */
const tidy = (name: string) =>
  name
    .normalize("NFC")
    .trim()
    .replace(/\s*\/\s*/g, "/");

const TIERS: ((a: string, b: string) => boolean)[] = [
  (a, b) => a === b,
  (a, b) => a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0,
  (a, b) => a.localeCompare(b, undefined, { sensitivity: "base" }) === 0,
];

/** Entries whose full name, or failing that any name, is `typed`, at the closest tier found. */
export function matches(entries: readonly DirectoryEntry[], typed: string): DirectoryEntry[] {
  const byId = entries.filter((e) => e.id === typed);
  if (byId.length > 0) return byId;
  const wanted = tidy(typed);
  for (const same of TIERS) {
    const full = entries.filter((e) => e.names[0] !== undefined && same(tidy(e.names[0]), wanted));
    if (full.length > 0) return full;
    const any = entries.filter((e) => e.names.some((n) => same(tidy(n), wanted)));
    if (any.length > 0) return any;
  }
  return [];
}

/** `Billing/Refunds (id)`, `Ann Lee <ann@acme.test> (id)`: a candidate as a person picks it. */
export function shown(entry: DirectoryEntry): string {
  const [full = "", other] = entry.names;
  return `${full}${other?.includes("@") ? ` <${other}>` : ""} (${entry.id})`;
}

/** At most `max` entries, one a line, and how many more there are. */
export function listed(entries: readonly DirectoryEntry[], max = 15): string {
  const list = entries.slice(0, max);
  const more = entries.length - list.length;
  return `${list.map((e) => `  ${shown(e)}`).join("\n")}${more > 0 ? `\n  … and ${more} more` : ""}`;
}

export function candidates(entries: readonly DirectoryEntry[], typed: string): string {
  const word = tidy(typed).toLowerCase();
  const near = entries.filter((e) =>
    e.names.some(
      (n) => tidy(n).toLowerCase().includes(word) || word.includes(tidy(n).toLowerCase()),
    ),
  );
  return listed(near.length > 0 ? near : entries);
}
