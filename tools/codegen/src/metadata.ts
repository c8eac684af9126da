import type {
  BodyMetadata,
  OperationMetadata,
  PaginationMetadata,
  ParameterMetadata,
  PlanMetadata,
} from "../../../packages/schema/src/operation-metadata.js";
import { isValidationOnlyParameter } from "./validation-only.ts";

type Json = Record<string, unknown>;

const methods = ["get", "post", "patch", "delete"] as const;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Follows internal `$ref`s (`#/components/...`) of the bundled document. */
function deref(doc: Json, value: unknown): Json {
  let node = value;
  for (let hops = 0; isObject(node) && typeof node.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref cycle at ${node.$ref}`);
    const ref: string = node.$ref;
    if (!ref.startsWith("#/")) throw new Error(`external $ref left after bundling: ${ref}`);
    node = ref
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), doc);
  }
  if (!isObject(node)) throw new Error("a $ref points at nothing");
  return node;
}

function schemaType(schema: Json): ParameterMetadata["type"] {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (t) => t !== "null",
  );
  const [type] = types;
  if (
    type === "string" ||
    type === "integer" ||
    type === "number" ||
    type === "boolean" ||
    type === "array"
  ) {
    return type;
  }
  throw new Error(`parameter type ${JSON.stringify(schema.type)} is not supported`);
}

function parameter(doc: Json, raw: unknown): ParameterMetadata {
  const p = deref(doc, raw);
  const schema = deref(doc, p.schema);
  const meta: { -readonly [K in keyof ParameterMetadata]: ParameterMetadata[K] } = {
    name: String(p.name),
    in: p.in as ParameterMetadata["in"],
    required: p.required === true,
    description: typeof p.description === "string" ? p.description.trim() : "",
    type: schemaType(schema),
  };
  if (Array.isArray(schema.enum)) meta.enum = schema.enum.map(String);
  if (["string", "number", "boolean"].includes(typeof schema.default)) {
    meta.default = schema.default as string | number | boolean;
  }
  if (typeof schema.minimum === "number") meta.minimum = schema.minimum;
  if (typeof schema.maximum === "number") meta.maximum = schema.maximum;
  return meta;
}

/**
 * Reads the envelope of a JSON body: an object whose single property (required on requests)
 * wraps the payload, as in `{"contacts": [...]}`. Anything else is a bare body.
 */
function body(doc: Json, content: unknown, required: boolean): BodyMetadata | null {
  if (!isObject(content) || !isObject(content["application/json"])) return null;
  const schema = deref(doc, content["application/json"].schema);
  const properties = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  const [key] = properties;
  if (properties.length !== 1 || key === undefined || !isObject(schema.properties)) {
    return { envelope: null, list: schema.type === "array", required, ...dependents(schema) };
  }
  const inner = deref(doc, schema.properties[key]);
  const list = inner.type === "array";
  const payload = list && isObject(inner.items) ? deref(doc, inner.items) : inner;
  return { envelope: key, list, required, ...dependents(payload) };
}

function dependents(schema: Json): Pick<BodyMetadata, "dependentRequired"> {
  const raw = schema.dependentRequired;
  if (!isObject(raw)) return {};
  return {
    dependentRequired: Object.fromEntries(
      Object.entries(raw).map(([key, needs]) => [key, (needs as unknown[]).map(String)]),
    ),
  };
}

/** Validation-only parameters with `maxProperties: 1`: at most one of their properties is sent. */
function exclusiveQuery(doc: Json, raw: readonly unknown[]): string[][] {
  return raw
    .map((p) => deref(doc, p))
    .filter((p) => isValidationOnlyParameter(p) && p.in === "query")
    .map((p) => deref(doc, p.schema))
    .filter((schema) => schema.maxProperties === 1 && isObject(schema.properties))
    .map((schema) => Object.keys(schema.properties as Json));
}

function plan(raw: unknown, operationId: string): PlanMetadata | null {
  if (raw === undefined) return null;
  if (!isObject(raw) || !Array.isArray(raw.plans)) {
    throw new Error(`${operationId}: x-missive-plan needs a plans list`);
  }
  const fields = isObject(raw.fields)
    ? Object.fromEntries(
        Object.entries(raw.fields).map(([key, plans]) => [key, (plans as unknown[]).map(String)]),
      )
    : undefined;
  return { plans: raw.plans.map(String), ...(fields ? { fields } : {}) };
}

function pagination(raw: unknown, operationId: string): PaginationMetadata | null {
  if (raw === undefined) return null;
  if (!isObject(raw)) throw new Error(`${operationId}: x-missive-pagination must be an object`);
  if (raw.style === "offset") return { style: "offset" };
  if (raw.style === "until" && typeof raw.cursor === "string") {
    return { style: "until", cursor: raw.cursor, inclusive: raw.inclusive === true };
  }
  throw new Error(
    `${operationId}: x-missive-pagination needs style offset, or style until with a cursor`,
  );
}

/** Derives one metadata entry per operation, in the spec's path order. */
export function deriveOperationMetadata(doc: Json): OperationMetadata[] {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const result: OperationMetadata[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref(doc, rawItem);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of methods) {
      const op = item[method];
      if (!isObject(op)) continue;
      const operationId = String(op.operationId);
      const own = Array.isArray(op.parameters) ? op.parameters : [];
      const all = [...shared, ...own];
      const params = all
        .filter((p) => !isValidationOnlyParameter(deref(doc, p)))
        .map((p) => parameter(doc, p));
      const requestBody = isObject(op.requestBody) ? deref(doc, op.requestBody) : null;
      const responses = isObject(op.responses) ? op.responses : {};
      const success = Object.keys(responses)
        .filter((code) => /^2\d\d$/.test(code))
        .sort()
        .map((code) => ({
          status: Number(code),
          body: body(doc, deref(doc, responses[code]).content, true),
        }))
        .find((answer) => answer.body !== null);
      result.push({
        operationId,
        method,
        path,
        tag: Array.isArray(op.tags) ? String(op.tags[0]) : "",
        summary: String(op.summary ?? ""),
        params,
        requestBody: requestBody
          ? body(doc, requestBody.content, requestBody.required === true)
          : null,
        response: success?.body ? { status: success.status, ...success.body } : null,
        pagination: pagination(op["x-missive-pagination"], operationId),
        exclusiveQuery: exclusiveQuery(doc, all),
        plan: plan(op["x-missive-plan"], operationId),
      });
    }
  }
  return result;
}
