/**
 * The MCP server: the low-level SDK `Server` with `tools/list` and `tools/call`, because the
 * tools' schemas are JSON Schema from the spec (McpServer wants zod shapes). One server per
 * connection (stdio) or per request (stateless HTTP); the tool catalogue is built once.
 */
import type { MissiveClient } from "@missive-ts/client";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import {
  CallToolRequestSchema,
  type CallToolResult,
  ElicitResultSchema,
  ListToolsRequestSchema,
  type ListToolsResult,
} from "@modelcontextprotocol/sdk/types.js";
import { dispatch, toolIndex } from "./dispatch.js";
import { listedTools } from "./listed-tools.js";
import type { Policy } from "./policy.js";
import type { Tool } from "./tool.js";
import { version } from "./version.js";

export interface ServerParts {
  /** Every tool the policy allows (see `buildTools`). */
  tools: readonly Tool[];
  /** Every tool, listed or not, so a call to a hidden one is refused with the flag it needs. */
  allTools: readonly Tool[];
  policy: Policy;
  client: MissiveClient;
  /** What the server tells the model first; the static mode's words by default. */
  instructions?: string;
}

export function createServer(parts: ServerParts): Server {
  const server = new Server(
    { name: "missive-mcp", version: version() },
    {
      capabilities: { tools: {} },
      instructions:
        parts.instructions ??
        "Missive team inbox. IDs come from list tools. Lists page: pass next_cursor back as cursor.",
    },
  );
  const index = toolIndex(parts.tools, parts.allTools);

  const list = { tools: listedTools(parts.tools) as ListToolsResult["tools"] };
  server.setRequestHandler(ListToolsRequestSchema, () => list);

  server.setRequestHandler(
    CallToolRequestSchema,
    async (request, extra): Promise<CallToolResult> => {
      const { name } = request.params;
      const args = (request.params.arguments ?? {}) as Record<string, unknown>;
      const confirm = async (message: string) => {
        if (!server.getClientCapabilities()?.elicitation) return true;
        const answer = await extra.sendRequest(
          {
            method: "elicitation/create",
            params: {
              mode: "form",
              message,
              requestedSchema: {
                type: "object",
                properties: { confirm: { type: "boolean", title: "Confirm" } },
                required: ["confirm"],
              },
            },
          },
          ElicitResultSchema,
        );
        return answer.action === "accept" && answer.content?.confirm === true;
      };
      return dispatch(index, name, args, {
        client: parts.client,
        policy: parts.policy,
        signal: extra.signal,
        confirm,
      });
    },
  );
  return server;
}
