import { createRequire } from "node:module";
import type { GeneratedCommand } from "../src/command-table.js";
import { kebab } from "../src/names.js";

type Json = Record<string, unknown>;
const doc = createRequire(import.meta.url)("@missive-ts/schema/openapi.json") as Json;

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
 * The command line of a generated command with the spec's own examples: path parameters as
 * positionals, query parameters as flags, the first request body example as `--data`
 * (unwrapped from its envelope, as a user would type it).
 */
export function exampleArgv(c: GeneratedCommand): string[] {
  const item = resolve((doc.paths as Json)[c.operation.path]);
  const op = resolve(item[c.operation.method]);
  const params = [
    ...((item.parameters as unknown[]) ?? []),
    ...((op.parameters as unknown[]) ?? []),
  ].map(resolve);
  const exampleOf = (p: Json) =>
    p.example ??
    (Object.values((p.examples as Json) ?? {})[0] as Json | undefined)?.value ??
    (resolve(p.schema) as Json).example;
  const argv = [c.resource, c.action];
  let body: unknown;
  if (c.operation.requestBody) {
    const media = resolve(op.requestBody).content as Json;
    const examples = (resolve(media["application/json"]).examples ?? {}) as Json;
    const value = resolve(Object.values(examples)[0]).value as Json;
    const env = c.operation.requestBody.envelope;
    body = env === null ? value : value[env];
  }
  for (const p of params) {
    const value = exampleOf(p);
    if (value === undefined) continue;
    if (p.in === "path" && !c.idsFromBody) {
      argv.push(...(Array.isArray(value) ? value.map(String) : String(value).split(",")));
    }
    if (p.in === "query") {
      const flag = c.queryParams.find((q) => q.name === p.name)?.flag ?? kebab(String(p.name));
      if (typeof value === "boolean") argv.push(value ? `--${flag}` : `--no-${flag}`);
      else argv.push(`--${flag}`, String(value));
    }
  }
  if (body !== undefined) argv.push("--data", JSON.stringify(body));
  return argv;
}
