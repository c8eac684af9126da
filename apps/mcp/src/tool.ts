/** What a tool is to the server: its `tools/list` entry, its policy class and its handler. */
import type { MissiveClient } from "@missive-ts/client";
import type { CallToolResult, ToolAnnotations } from "@modelcontextprotocol/server";
import type { JsonSchema } from "./json-schema.js";
import type { Policy, ToolKind, Toolset } from "./policy.js";

export interface ToolContext {
  client: MissiveClient;
  policy: Policy;
  signal: AbortSignal;
  /**
   * Asks the user to confirm through MCP elicitation. `true` when confirmed, or when the
   * client cannot ask (then the server's flags alone decide).
   */
  confirm(message: string): Promise<boolean>;
  /** The default organization, for calls made from inside a tool (`call_tool`). */
  organization?: string | undefined;
}

export interface Tool {
  name: string;
  description: string;
  inputSchema: JsonSchema;
  /** Absent for tools that answer text only (code and dynamic modes: fewer tokens). */
  outputSchema?: JsonSchema;
  annotations: ToolAnnotations;
  kind: ToolKind;
  toolset: Toolset;
  /** Body fields that send email (`send`, `send_at`): refused without `--allow-send`. */
  sendFields: readonly string[];
  call(args: Record<string, unknown>, context: ToolContext): Promise<CallToolResult>;
}
