import { operationExamples } from "@missive-ts/contract/spec-examples";
import type { OperationEntry } from "../src/index.js";

/**
 * The arguments a resource method takes, built from the spec's own examples: path and query
 * parameter examples, and the first request body example, unwrapped from its envelope.
 */
export function exampleArgs(entry: OperationEntry): {
  path: unknown[];
  body: unknown;
  query: Record<string, unknown> | undefined;
} {
  const { params, body } = operationExamples(entry.method, entry.path, entry.request?.envelope);
  const query = Object.fromEntries(
    params.filter((p) => p.in === "query").map((p) => [p.name, p.value]),
  );
  const path = entry.pathParams.map((pp) => params.find((p) => p.name === pp.name)?.value);
  return { path, body, query: entry.query ? query : undefined };
}
