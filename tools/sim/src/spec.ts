/** The bundled Missive spec, read once: the simulator's routes and entity templates come from it. */
import { createRequire } from "node:module";

interface MediaType {
  schema?: unknown;
  examples?: Record<string, { value: unknown }>;
}
interface SpecOperation {
  operationId: string;
  requestBody?: { content?: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType>; $ref?: string }>;
  "x-missive-pagination"?: { style: "until" | "offset"; cursor?: string; inclusive?: boolean };
}
export interface SpecDocument {
  paths: Record<string, Record<string, SpecOperation>>;
  components: Record<string, Record<string, unknown>>;
}

const require = createRequire(import.meta.url);
/** The bundled OpenAPI 3.1 document of `@missive-ts/schema`. */
export const specDocument = require("@missive-ts/schema/openapi.json") as SpecDocument;

/** One operation of the spec, flattened. */
export interface SpecRoute {
  operationId: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Spec path template, e.g. `/conversations/{id}/messages`. */
  path: string;
  operation: SpecOperation;
}

/** Every operation of the spec, in document order. */
export const specRoutes: SpecRoute[] = Object.entries(specDocument.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([, operation]) => typeof operation === "object" && "operationId" in operation)
    .map(([method, operation]) => ({
      operationId: operation.operationId,
      method: method.toUpperCase() as SpecRoute["method"],
      path,
      operation,
    })),
);

function route(operationId: string): SpecRoute {
  const found = specRoutes.find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`the spec has no operation ${operationId}`);
  return found;
}

/**
 * The first item of an operation's documented 200 example (the payload under its envelope,
 * first element if a list): a spec-valid entity the simulator clones to make its data.
 */
export function exampleEntity(operationId: string): Record<string, unknown> {
  const media = route(operationId).operation.responses["200"]?.content?.["application/json"];
  const value = Object.values(media?.examples ?? {})[0]?.value;
  const payload =
    value && typeof value === "object" ? Object.values(value as Record<string, unknown>)[0] : null;
  const entity = Array.isArray(payload) ? payload[0] : payload;
  if (!entity || typeof entity !== "object") {
    throw new Error(`no 200 example to use as a template for ${operationId}`);
  }
  return structuredClone(entity as Record<string, unknown>);
}

/** The JSON Schema of an operation's answer for a status, if it has a JSON body. */
export function responseSchema(operationId: string, status: number): unknown {
  const response = route(operationId).operation.responses[String(status)];
  const resolved = response?.$ref
    ? specDocument.components.responses?.[response.$ref.split("/").pop() ?? ""]
    : response;
  return (resolved as { content?: Record<string, MediaType> } | undefined)?.content?.[
    "application/json"
  ]?.schema;
}

/** The JSON Schema of an operation's request body, if it takes one. */
export function requestSchema(operationId: string): unknown {
  return route(operationId).operation.requestBody?.content?.["application/json"]?.schema;
}
