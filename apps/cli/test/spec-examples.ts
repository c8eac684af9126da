import { operationExamples } from "@missive-ts/contract/spec-examples";
import type { GeneratedCommand } from "../src/command-table.js";
import { kebab } from "../src/names.js";

/**
 * The command line of a generated command with the spec's own examples: path parameters as
 * positionals, query parameters as flags, the first request body example as `--data`
 * (unwrapped from its envelope, as a user would type it).
 */
export function exampleArgv(c: GeneratedCommand): string[] {
  const { method, path, requestBody } = c.operation;
  const { params, body } = operationExamples(
    method,
    path,
    requestBody ? requestBody.envelope : undefined,
  );
  const argv = [c.resource, c.action];
  for (const { name, in: where, value } of params) {
    if (where === "path" && c.entry.idsFromBody === null) {
      argv.push(...(Array.isArray(value) ? value.map(String) : String(value).split(",")));
    }
    if (where === "query") {
      const flag = c.queryParams.find((q) => q.name === name)?.flag ?? kebab(name);
      if (typeof value === "boolean") argv.push(value ? `--${flag}` : `--no-${flag}`);
      else argv.push(`--${flag}`, String(value));
    }
  }
  if (body !== undefined) argv.push("--data", JSON.stringify(body));
  return argv;
}
