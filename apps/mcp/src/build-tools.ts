/**
 * The tool catalogue: one generated tool per operation plus the task tools, and the subset
 * the policy lists (`--read-only`, `--allow-send`, `--allow-destructive`, `--toolsets`).
 */
import { operationTool } from "./operation-tool.js";
import { operations } from "./operations.js";
import { type Policy, refusal } from "./policy.js";
import { taskTools } from "./tasks/index.js";
import type { Tool } from "./tool.js";

export interface Catalogue {
  /** What `tools/list` shows. */
  tools: Tool[];
  /** Every tool, for refusing a call to one that is not listed. */
  allTools: Tool[];
}

export function buildTools(policy: Policy): Catalogue {
  const allTools = [...operations().map((op) => operationTool(op, policy)), ...taskTools(policy)];
  const tools = allTools.filter(
    (tool) =>
      refusal(tool.kind, policy) === null &&
      (policy.toolsets === null || policy.toolsets.includes(tool.toolset)),
  );
  return { tools, allTools };
}
