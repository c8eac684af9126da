import { createRequire } from "node:module";
import type { OperationEntry } from "../src/index.js";

type Json = Record<string, unknown>;
const doc = createRequire(import.meta.url)("@missive-ts/schema/openapi.json") as Json;

/** Follows `#/...` references of the bundled spec. */
function resolve(node: unknown): Json {
  let at = node as Json;
  while (typeof at?.$ref === "string") {
    at = (at.$ref as string)
      .slice(2)
      .split("/")
      .reduce<unknown>((n, key) => (n as Json)[key], doc) as Json;
  }
  return at;
}

/**
 * The arguments a resource method takes, built from the spec's own examples: path and query
 * parameter examples, and the first request body example, unwrapped from its envelope.
 */
export function exampleArgs(entry: OperationEntry): {
  path: unknown[];
  body: unknown;
  query: Json | undefined;
} {
  const item = resolve((doc.paths as Json)[entry.path]);
  const op = resolve(item[entry.method]);
  const params = [
    ...((item.parameters as unknown[]) ?? []),
    ...((op.parameters as unknown[]) ?? []),
  ].map(resolve);
  const exampleOf = (p: Json) =>
    p.example ??
    (Object.values((p.examples as Json) ?? {})[0] as Json | undefined)?.value ??
    (resolve(p.schema) as Json).example;
  const query: Json = {};
  for (const p of params) {
    const value = exampleOf(p);
    if (p.in === "query" && value !== undefined) query[p.name as string] = value;
  }
  const path = entry.pathParams.map((pp) =>
    exampleOf(params.find((p) => p.name === pp.name) ?? {}),
  );
  let body: unknown;
  if (entry.request) {
    const media = resolve(op.requestBody).content as Json;
    const examples = (resolve(media["application/json"]).examples ?? {}) as Json;
    const value = resolve(Object.values(examples)[0]).value as Json;
    body = entry.request.envelope === null ? value : value[entry.request.envelope];
  }
  return { path, body, query: entry.query ? query : undefined };
}
