/**
 * What the server lets an agent do, from the command line: `--read-only`, `--allow-send`,
 * `--allow-destructive` and `--toolsets`. A tool outside the policy is not listed, and calling
 * it anyway is refused with the flag that would allow it.
 */

/** Groups of tools, in Missive's words; `--toolsets` takes a comma-separated list of them. */
export const toolsets = [
  "conversations",
  "contacts",
  "tasks",
  "shared-labels",
  "responses",
  "organizations",
  "hooks",
  "analytics",
] as const;
export type Toolset = (typeof toolsets)[number];

/**
 * What static mode lists when `--toolsets` is not given: everything but canned responses,
 * webhooks and analytics (administration, not inbox work), so that `tools/list` with every
 * flag on stays under 25k tokens. `--toolsets all` lists every toolset.
 */
export const staticToolsetsByDefault: readonly Toolset[] = toolsets.filter(
  (set) => set !== "responses" && set !== "hooks" && set !== "analytics",
);

/** The spec's tags, grouped into toolsets. */
const toolsetOfTag: Record<string, Toolset> = {
  Conversations: "conversations",
  Messages: "conversations",
  Drafts: "conversations",
  Posts: "conversations",
  Contacts: "contacts",
  "Contact books": "contacts",
  "Contact groups": "contacts",
  Tasks: "tasks",
  "Shared labels": "shared-labels",
  Responses: "responses",
  Organizations: "organizations",
  Teams: "organizations",
  Users: "organizations",
  Hooks: "hooks",
  Analytics: "analytics",
};

export function toolsetOf(tag: string): Toolset {
  const set = toolsetOfTag[tag];
  if (!set) throw new Error(`the spec's tag "${tag}" belongs to no toolset: add it to policy.ts`);
  return set;
}

/**
 * `read`: no change in Missive. `write`: changes that can be undone or edited. `send`: email
 * or messages leave for people outside (needs `--allow-send`). `destructive`: deletes and
 * merges, which cannot be undone (needs `--allow-destructive`).
 */
export type ToolKind = "read" | "write" | "send" | "destructive";

export interface Policy {
  readOnly: boolean;
  allowSend: boolean;
  allowDestructive: boolean;
  /** `null`: every toolset. */
  toolsets: readonly Toolset[] | null;
}

export const defaultPolicy: Policy = {
  readOnly: false,
  allowSend: false,
  allowDestructive: false,
  toolsets: null,
};

/** Body fields that send email: without `--allow-send` they are not offered and are refused. */
export const sendFields = ["send", "send_at"] as const;

/** Why a tool of this kind is refused under the policy, or `null` when it is allowed. */
export function refusal(kind: ToolKind, policy: Policy): string | null {
  if (kind === "read") return null;
  if (policy.readOnly) return "the server runs with --read-only: only read tools are available";
  if (kind === "send" && !policy.allowSend) {
    return "sending needs the server to run with --allow-send";
  }
  if (kind === "destructive" && !policy.allowDestructive) {
    return "deletes and merges need the server to run with --allow-destructive";
  }
  return null;
}

/** `"conversations,contacts"` → the toolsets; an unknown name says which ones exist. */
export function parseToolsets(list: string): Toolset[] {
  const names = list
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) throw new Error(`--toolsets needs names: ${toolsets.join(", ")}`);
  for (const name of names) {
    if (!(toolsets as readonly string[]).includes(name)) {
      throw new Error(`--toolsets: unknown toolset "${name}"; use ${toolsets.join(", ")}`);
    }
  }
  return names as Toolset[];
}
