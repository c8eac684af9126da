/** The task-shaped tools, beyond one tool per operation. */
import type { Policy } from "../policy.js";
import type { Tool } from "../tool.js";

export function taskTools(_policy: Policy): Tool[] {
  return [];
}
