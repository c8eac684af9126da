import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { exclusiveGroups } from "./exclusive-query.ts";
import {
  type OpenApiDocument,
  type Operation,
  type Parameter,
  resolve,
} from "./openapi-document.ts";

const doc = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@missive-ts/schema/openapi.json"), "utf8"),
) as OpenApiDocument;

export interface OperationExamples {
  /** Every parameter that has an example, path and query alike. */
  params: Array<{ name: string; in: Parameter["in"]; value: unknown }>;
  /** The first request body example, unwrapped from `envelope`; `undefined` without a body. */
  body: unknown;
}

/**
 * The spec's own examples for one operation, for tests that call it through a client or the
 * CLI: new operations get their arguments from the spec, with no per-operation test code.
 */
export function operationExamples(
  method: "get" | "post" | "patch" | "delete",
  path: string,
  envelope?: string | null,
): OperationExamples {
  const item = doc.paths[path];
  const op: Operation | undefined = item?.[method];
  if (!item || !op) throw new Error(`no ${method.toUpperCase()} ${path} in the bundled spec`);
  const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(doc, p));
  // Of parameters that exclude each other (`email`, `domain`, …) only the first is sent.
  const excluded = new Set(exclusiveGroups(params).flatMap((group) => group.slice(1)));
  const examples = params.flatMap((p) => {
    const value = p.example ?? Object.values(p.examples ?? {})[0]?.value;
    return value === undefined || excluded.has(p.name) ? [] : [{ name: p.name, in: p.in, value }];
  });
  let body: unknown;
  if (envelope !== undefined && op.requestBody) {
    const media = resolve(doc, op.requestBody).content?.["application/json"];
    const value = Object.values(media?.examples ?? {})[0]?.value as Record<string, unknown>;
    body = envelope === null ? value : value?.[envelope];
  }
  return { params: examples, body };
}
