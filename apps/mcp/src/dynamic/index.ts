/**
 * `--tools dynamic`: three meta-tools over the static catalogue. `search_tools` finds tools,
 * `describe_tool` gives one tool's description and input schema, `call_tool` runs it through
 * the same policy checks as `tools/call` (see dispatch.ts). Only tools the policy lists can
 * be found; calling another is refused with the flag it needs.
 */
import { dispatch, toolIndex } from "../dispatch.js";
import { failure } from "../results.js";
import type { Tool } from "../tool.js";
import { matchScore, words } from "./search-words.js";

const firstSentence = (text: string) => text.split(/(?<=\.)\s/)[0] ?? text;

const metaTool = (tool: Omit<Tool, "kind" | "toolset" | "sendFields">): Tool => ({
  ...tool,
  kind: "read",
  toolset: "conversations",
  sendFields: [],
});

export function dynamicTools(tools: readonly Tool[], allTools: readonly Tool[]): Tool[] {
  const index = toolIndex(tools, allTools);
  const search = metaTool({
    name: "search_tools",
    description:
      'Finds Missive tools by words ("list conversations", "close", "draft reply"): names and what they do. Then describe_tool, then call_tool.',
    inputSchema: {
      type: "object",
      properties: { query: { type: "string" }, limit: { type: "integer", minimum: 1, default: 8 } },
      required: ["query"],
    },
    annotations: { readOnlyHint: true, openWorldHint: false },
    async call(args) {
      const query = words(String(args.query ?? ""));
      const limit = Math.max(1, Number(args.limit ?? 8) || 8);
      const hits = tools
        .map((tool) => ({ tool, score: matchScore(tool.name, tool.description, query) }))
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
      if (hits.length === 0) {
        return failure(`No tool matches. Tools: ${tools.map((tool) => tool.name).join(", ")}.`);
      }
      const text = hits.map(({ tool }) => `${tool.name}: ${firstSentence(tool.description)}`);
      return { content: [{ type: "text", text: text.join("\n") }] };
    },
  });
  const describe = metaTool({
    name: "describe_tool",
    description: "A tool's full description, input schema and hints, for call_tool.",
    inputSchema: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
    annotations: { readOnlyHint: true, openWorldHint: false },
    async call(args) {
      const tool = index.listed.get(String(args.name));
      if (!tool) return failure(`${String(args.name)} is not a tool here: use search_tools.`);
      const { name, description, inputSchema, annotations } = tool;
      return {
        content: [
          { type: "text", text: JSON.stringify({ name, description, inputSchema, annotations }) },
        ],
      };
    },
  });
  const call = metaTool({
    name: "call_tool",
    description:
      "Runs a tool found with search_tools: {name, arguments}. Same result, errors and safety flags as calling it directly.",
    inputSchema: {
      type: "object",
      properties: { name: { type: "string" }, arguments: { type: "object" } },
      required: ["name"],
    },
    annotations: { openWorldHint: true },
    async call(args, context) {
      const given = args.arguments;
      const inner =
        given && typeof given === "object" && !Array.isArray(given)
          ? (given as Record<string, unknown>)
          : {};
      return dispatch(index, String(args.name), inner, context, "call search_tools");
    },
  });
  return [search, describe, call];
}
