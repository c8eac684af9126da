/** `--tools`: how the API is offered to the model (see the README's "Choosing a mode"). */

/** `static`: one tool per operation; `dynamic`: search/describe/call; `code`: search_api/execute. */
export const toolModes = ["static", "dynamic", "code"] as const;
export type ToolMode = (typeof toolModes)[number];

/** The mode when `--tools` is not given: chosen from the agent-task benchmark. */
export const defaultToolMode: ToolMode = "code";

export function parseToolMode(value: string | undefined): ToolMode {
  if (value === undefined) return defaultToolMode;
  if (!(toolModes as readonly string[]).includes(value)) {
    throw new Error(`--tools: unknown mode "${value}"; use ${toolModes.join(", ")}`);
  }
  return value as ToolMode;
}
