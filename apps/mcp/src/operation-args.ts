/** How a generated tool's arguments become the operation's path, query and payload. */
import type { OperationInput } from "./operation-input.js";
import type { Tool } from "./tool.js";
import { argumentProblems } from "./validate-args.js";

export function pick(args: Record<string, unknown>, names: readonly string[]) {
  const out: Record<string, unknown> = {};
  for (const name of names) if (args[name] !== undefined) out[name] = args[name];
  return out;
}

/**
 * The arguments of a walk's next page: the cursor's own, checked like any call's (a cursor is
 * the client's to send back, and could be edited). Arguments given beside it must agree with
 * it: a walk cannot change filters half-way and stay exactly-once.
 */
export function continued(
  tool: Tool,
  saved: Record<string, unknown>,
  given: Record<string, unknown>,
) {
  const problems = argumentProblems(tool, saved);
  if (problems) throw new Error(`cursor is damaged: pass next_cursor back unchanged (${problems})`);
  for (const [name, value] of Object.entries(given)) {
    if (name !== "cursor" && JSON.stringify(value) !== JSON.stringify(saved[name])) {
      throw new Error(
        `${name} differs from the walk the cursor continues: pass only cursor, or start a new walk without it.`,
      );
    }
  }
  return saved;
}

/** The payload: the list under its name, or every argument that is not a parameter. */
export function payloadOf(input: OperationInput, args: Record<string, unknown>): unknown {
  if (input.body === null) return undefined;
  if (input.body !== "fields") return args[input.body.list];
  const params = new Set([...input.pathNames, ...input.queryNames, "cursor"]);
  return Object.fromEntries(Object.entries(args).filter(([name]) => !params.has(name)));
}
