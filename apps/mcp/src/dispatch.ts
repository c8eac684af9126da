/**
 * One tool call under the policy, as `tools/call` and `call_tool` (dynamic mode) make it: a
 * tool that is not listed is refused with the flag it needs, send fields without
 * `--allow-send` are refused, arguments are checked against the schema, and a call that
 * cannot be undone or sends is confirmed by the user where the client can ask.
 */
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { type Policy, refusal } from "./policy.js";
import { errorResult, failure } from "./results.js";
import type { Tool, ToolContext } from "./tool.js";
import { argumentProblems } from "./validate-args.js";

export interface ToolIndex {
  listed: ReadonlyMap<string, Tool>;
  known: ReadonlyMap<string, Tool>;
}

export const toolIndex = (tools: readonly Tool[], allTools: readonly Tool[]): ToolIndex => ({
  listed: new Map(tools.map((tool) => [tool.name, tool])),
  known: new Map(allTools.map((tool) => [tool.name, tool])),
});

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

export async function dispatch(
  index: ToolIndex,
  name: string,
  args: Record<string, unknown>,
  context: ToolContext,
  howToList = "call tools/list",
): Promise<CallToolResult> {
  const tool = index.listed.get(name);
  if (!tool) {
    const hidden = index.known.get(name);
    const why = hidden ? refusal(hidden.kind, context.policy) : null;
    return failure(
      why
        ? `${name} is not available: ${why}.`
        : `${name} is not available here: ${howToList} for the tools this server offers.`,
    );
  }
  const refused = argumentRefusal(tool, args, context.policy);
  if (refused) return failure(refused);
  const problems = argumentProblems(tool, args);
  if (problems) return failure(problems);
  const question = confirmationFor(tool, args);
  try {
    if (question && !(await context.confirm(question))) {
      return failure(`${name} was not confirmed by the user: nothing was done.`);
    }
    return await tool.call(args, context);
  } catch (error) {
    return errorResult(error);
  }
}
