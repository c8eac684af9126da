/** `--tools code`: `search_api` and `execute`, over every operation the policy's toolsets hold. */
import type { Policy } from "../policy.js";
import type { Tool } from "../tool.js";
import { bridgedOperations } from "./bridge.js";
import { executeTool } from "./execute-tool.js";
import { type CodeLimits, defaultCodeLimits } from "./limits.js";
import { searchApiTool } from "./search-api.js";

export { type CodeLimits, defaultCodeLimits } from "./limits.js";

export function codeTools(policy: Policy, limits: CodeLimits = defaultCodeLimits): Tool[] {
  const ops = bridgedOperations(policy);
  return [searchApiTool(ops), executeTool(ops, policy, limits)];
}
