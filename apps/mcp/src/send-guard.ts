/**
 * `--allow-send` for draft bodies. A draft with `send` or `send_at` leaves as email, so without
 * the flag those keys are refused — at any depth, not only at the top: Missive's draft body
 * has nested objects (`to_fields` entries, attachments) whose schemas allow unknown keys, and
 * what Missive does with a nested `send` is not ours to guess (issue 25, point 16).
 */
import { type Policy, sendFields } from "./policy.js";
import type { Tool } from "./tool.js";

const sendKeys = new Set<string>(sendFields);

/** Where a `send`/`send_at` key with a value other than `false` sits in `value` (JSON paths). */
export function sendKeyPaths(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => sendKeyPaths(item, `${path}/${i}`));
  if (value === null || typeof value !== "object") return [];
  const found: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const at = `${path}/${key}`;
    if (sendKeys.has(key) && inner !== undefined && inner !== false) found.push(at);
    found.push(...sendKeyPaths(inner, at));
  }
  return found;
}

/** Whether a call of this draft tool would send (a send key anywhere in its arguments). */
export const sends = (tool: Tool, args: Record<string, unknown>) =>
  tool.sendFields.length > 0 && sendKeyPaths(args).length > 0;

/** Why these arguments are refused under the policy (a send key without --allow-send). */
export function sendRefusal(
  tool: Tool,
  args: Record<string, unknown>,
  policy: Policy,
): string | null {
  if (policy.allowSend || tool.sendFields.length === 0) return null;
  const paths = sendKeyPaths(args).map((path) => path.slice(1));
  if (paths.length === 0) return null;
  return `${paths.join(" and ")} would send email, and sending needs the server to run with --allow-send. Call ${tool.name} without ${paths.join(", ")} to save a draft.`;
}
