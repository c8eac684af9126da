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
import { listedTools } from "./listed-tools.js";
import { type Policy, refusal } from "./policy.js";
import { errorResult, failure } from "./results.js";
import type { Tool } from "./tool.js";
import { argumentProblems } from "./validate-args.js";
import { version } from "./version.js";

export interface ServerParts {
  /** Every tool the policy allows (see `buildTools`). */
  tools: readonly Tool[];
  /** Every tool, listed or not, so a call to a hidden one is refused with the flag it needs. */
  allTools: readonly Tool[];
  policy: Policy;
  client: MissiveClient;
}

/** Why these arguments are refused under the policy (a send field without --allow-send). */
function argumentRefusal(tool: Tool, args: Record<string, unknown>, policy: Policy) {
  if (policy.allowSend) return null;
  const used = tool.sendFields.filter(
    (field) => args[field] !== undefined && args[field] !== false,
  );
  return used.length > 0
    ? `${used.join(" and ")} would send email, and sending needs the server to run with --allow-send. Call ${tool.name} without ${used.join("/")} to save a draft.`
    : null;
}

/** Whether the call cannot be undone or sends, so the user is asked first where possible. */
function confirmationFor(tool: Tool, args: Record<string, unknown>): string | null {
  const sends = tool.sendFields.some((field) => args[field] !== undefined && args[field] !== false);
  if (tool.kind === "destructive") return `Allow ${tool.name}? It cannot be undone.`;
  if (tool.kind === "send" || sends) return `Allow ${tool.name}? It sends a message to people.`;
  return null;
}

export function createServer(parts: ServerParts): Server {
  const server = new Server(
    { name: "missive-mcp", version: version() },
    {
      capabilities: { tools: {} },
      instructions:
        "Missive team inbox. IDs come from list tools. Lists page: pass next_cursor back as cursor.",
    },
  );
  const listed = new Map(parts.tools.map((tool) => [tool.name, tool]));
  const known = new Map(parts.allTools.map((tool) => [tool.name, tool]));

  const list = { tools: listedTools(parts.tools) as ListToolsResult["tools"] };
  server.setRequestHandler(ListToolsRequestSchema, () => list);

  server.setRequestHandler(
    CallToolRequestSchema,
    async (request, extra): Promise<CallToolResult> => {
      const { name } = request.params;
      const args = (request.params.arguments ?? {}) as Record<string, unknown>;
      const tool = listed.get(name);
      if (!tool) {
        const hidden = known.get(name);
        const why = hidden ? refusal(hidden.kind, parts.policy) : null;
        return failure(
          why
            ? `${name} is not available: ${why}.`
            : `${name} is not available here: call tools/list for the tools this server offers.`,
        );
      }
      const refused = argumentRefusal(tool, args, parts.policy);
      if (refused) return failure(refused);
      const problems = argumentProblems(tool, args);
      if (problems) return failure(problems);
      const question = confirmationFor(tool, args);
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
      try {
        if (question && !(await confirm(question))) {
          return failure(`${name} was not confirmed by the user: nothing was done.`);
        }
        return await tool.call(args, {
          client: parts.client,
          policy: parts.policy,
          signal: extra.signal,
          confirm,
        });
      } catch (error) {
        return errorResult(error);
      }
    },
  );
  return server;
}
