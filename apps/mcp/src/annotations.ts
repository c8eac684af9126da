/**
 * MCP tool annotations from the kind of a tool and its HTTP method. MCP's defaults assume the
 * worst (destructive, open world), so every hint is set explicitly.
 */
import type { ToolAnnotations } from "@modelcontextprotocol/server";
import type { ToolKind } from "./policy.js";

export function annotationsFor(kind: ToolKind, method: string): ToolAnnotations {
  if (kind === "read") return { readOnlyHint: true, openWorldHint: true };
  return {
    readOnlyHint: false,
    destructiveHint: kind === "destructive" || kind === "send",
    // PATCH sets attributes and DELETE removes: repeating either changes nothing more.
    idempotentHint: method === "patch" || method === "delete",
    // Every tool acts on a Missive account shared with other people (and email leaves it).
    openWorldHint: true,
  };
}
