/**
 * What `search_api` says about one client method, derived from the operation catalogue and
 * the bundled spec (no hand-written list): its call signature, the spec's first sentence,
 * what it returns, and the fields of the body and of the items, as TypeScript types cut to a
 * depth. A method the query names exactly gets one level more and the parameters' docs.
 */
import { type JsonSchema, oneLine, toolSchema } from "../json-schema.js";
import { operationKind } from "../operation-tool.js";
import type { Operation } from "../operations.js";
import { contentSchema, specOperation } from "../spec-access.js";
import { tsType } from "./ts-type.js";

function paramType(op: Operation, where: "path" | "query", depth: number, docs: boolean): string {
  const params = op.meta.params.filter((p) => p.in === where);
  const fields = params.map((p) => {
    const type = p.enum
      ? p.enum.map((v) => JSON.stringify(v)).join(" | ")
      : p.type === "integer"
        ? "number"
        : p.type === "array"
          ? "string[]"
          : p.type;
    const doc = docs && p.description ? ` /* ${oneLine(p.description).slice(0, 120)} */` : "";
    return `${p.name}${p.required ? "" : "?"}: ${type}${doc}`;
  });
  return depth > 0 ? `{ ${fields.join("; ")} }` : "object";
}

function bodyType(op: Operation, depth: number): string {
  const { entry, meta } = op;
  if (!entry.request) return "";
  const spec = specOperation(meta.method, meta.path);
  const whole = toolSchema(contentSchema(spec.requestBody), "input");
  const envelope = entry.request.envelope;
  const payload =
    envelope === null
      ? whole
      : ((whole.properties as Record<string, JsonSchema>)[envelope] as JsonSchema);
  return tsType(payload, depth, (whole.$defs as JsonSchema | undefined) ?? {});
}

function resultType(op: Operation, depth: number): string {
  const { entry, meta } = op;
  if (!entry.response) return "void";
  const spec = specOperation(meta.method, meta.path);
  const success = (spec.responses as Record<string, unknown>)[String(entry.response.status)];
  const whole = toolSchema(contentSchema(success), "output");
  const envelope = entry.response.envelope;
  const inner =
    envelope === null
      ? whole
      : ((whole.properties as Record<string, JsonSchema>)?.[envelope] as JsonSchema);
  return tsType(inner, depth);
}

export function methodDoc(op: Operation, exact: boolean): string {
  const { entry, meta } = op;
  const depth = exact ? 2 : 1;
  const args: string[] = [];
  if (entry.idsFromBody !== null) args.push(`items: ${bodyType(op, depth)}`);
  else {
    for (const p of entry.pathParams) args.push(`${p.name}: ${p.list ? "string[]" : "string"}`);
    if (entry.request) args.push(`body: ${bodyType(op, depth)}`);
  }
  if (entry.query)
    args.push(`query${entry.query.required ? "" : "?"}: ${paramType(op, "query", depth, exact)}`);
  const name = `missive.${entry.namespace}.${entry.name}`;
  const first = String(specOperation(meta.method, meta.path).description ?? meta.summary).split(
    /\n\s*\n/,
  )[0];
  const doc = oneLine(first ?? "").split(/(?<=[.!?])\s+/)[0] ?? meta.summary;
  const lines = [
    `${name}(${args.join(", ")}): Promise<${resultType(op, exact ? 2 : 1)}>`,
    `  ${doc} [${meta.method.toUpperCase()} ${meta.path}; ${operationKind(op)}]`,
  ];
  if (entry.listAllName) {
    const walkArgs = [...entry.pathParams.map((p) => p.name), ...(entry.query ? ["query"] : [])];
    lines.push(
      `  every item of every page: for await (const item of missive.${entry.namespace}.${entry.listAllName}(${walkArgs.join(", ")})) (query without until/offset)`,
    );
  }
  return lines.join("\n");
}
