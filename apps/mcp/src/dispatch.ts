/**
 * The checks every tool call passes, whether it comes through `tools/call` or through
 * `call_tool` (dynamic mode): a tool that is not listed is refused with the flag it needs,
 * the default organization is added where the schema needs one, send keys without
 * `--allow-send` are refused, and arguments are checked against the schema.
 */
import type { CallToolResult } from "@modelcontextprotocol/server";
import { withDefaultOrganization } from "./default-organization.js";
import type { Policy } from "./policy.js";
import { refusal } from "./policy.js";
import { errorResult, failure } from "./results.js";
import { sendRefusal, sends } from "./send-guard.js";
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

/** The tool to call with its arguments (the default organization added), or the refusal. */
export function precheck(
  index: ToolIndex,
  name: string,
  given: Record<string, unknown>,
  policy: Policy,
  organization: string | undefined,
  howToList = "call tools/list",
): { tool: Tool; args: Record<string, unknown> } | { refused: CallToolResult } {
  const tool = index.listed.get(name);
  if (!tool) {
    const hidden = index.known.get(name);
    const why = hidden ? refusal(hidden.kind, policy) : null;
    return {
      refused: failure(
        why
          ? `${name} is not available: ${why}.`
          : `${name} is not available here: ${howToList} for the tools this server offers.`,
      ),
    };
  }
  const args = withDefaultOrganization(tool, given, organization);
  const refused = sendRefusal(tool, args, policy);
  if (refused) return { refused: failure(refused) };
  const problems = argumentProblems(tool, args);
  if (problems) return { refused: failure(problems) };
  return { tool, args };
}

/** Whether the call cannot be undone or sends, so the user is asked first where possible. */
export function confirmationFor(tool: Tool, args: Record<string, unknown>): string | null {
  if (tool.kind === "destructive") return `Allow ${tool.name}? It cannot be undone.`;
  if (tool.kind === "send" || sends(tool, args))
    return `Allow ${tool.name}? It sends a message to people.`;
  return null;
}

/**
 * A call made from inside another tool (`call_tool`): checked, confirmed mid-call, run. Its
 * result is returned as `call_tool`'s own, which `tools/call` marks untrusted (server.ts).
 */
export async function dispatch(
  index: ToolIndex,
  name: string,
  given: Record<string, unknown>,
  context: ToolContext,
  howToList?: string,
): Promise<CallToolResult> {
  const checked = precheck(index, name, given, context.policy, context.organization, howToList);
  if ("refused" in checked) return checked.refused;
  const { tool, args } = checked;
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
