import { brokenDependencies } from "./dependent-required.ts";
import { exclusiveGroups, keepOnePerGroup } from "./exclusive-query.ts";
import {
  type OpenApiDocument,
  type Operation,
  type Parameter,
  resolve,
} from "./openapi-document.ts";

export interface ContractRequest {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Path with its parameters filled in, e.g. `/contacts/a,b`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** JSON body, when the request has one. */
  body?: unknown;
}

export type CaseKind =
  | "request-example"
  | "multi-id"
  | "response-example"
  | "unauthorized"
  | "broken";

export interface ContractCase {
  operationId: string;
  kind: CaseKind;
  /** What the case sends, in words: shown as the test name. */
  name: string;
  request: ContractRequest;
  /** Acceptable statuses; `"2xx"` for any success. */
  status: "2xx" | readonly number[];
  /** The body Prism must answer with, for response examples. */
  body?: unknown;
}

export const REJECTED = [400, 422] as const;
const TOKEN = "missive_pat-contract-harness";
const methods = ["get", "post", "patch", "delete"] as const;

function exampleOf(doc: OpenApiDocument, operationId: string, raw: Parameter): unknown {
  const p = resolve(doc, raw);
  const value =
    p.example ??
    Object.values(p.examples ?? {})[0]?.value ??
    (p.schema as { example?: unknown })?.example;
  if (value === undefined && p.required) {
    throw new Error(
      `${operationId}: required parameter "${p.name}" has no example to send; add one to the spec`,
    );
  }
  return value;
}

const serialize = (value: unknown) => (Array.isArray(value) ? value.join(",") : String(value));

/** Values a parameter's schema must refuse: beyond its bounds, outside its enum, of the wrong type. */
function invalidValues(p: Parameter): Array<{ value: string; why: string }> {
  const schema = p.schema ?? {};
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  const out: Array<{ value: string; why: string }> = [];
  if (typeof schema.maximum === "number")
    out.push({ value: String(schema.maximum + 1), why: `above maximum ${schema.maximum}` });
  if (typeof schema.minimum === "number")
    out.push({ value: String(schema.minimum - 1), why: `below minimum ${schema.minimum}` });
  if (schema.enum) out.push({ value: `not-a-${p.name}`, why: "outside the enum" });
  if (type === "integer") out.push({ value: "1.5e", why: "not an integer" });
  if (type === "boolean") out.push({ value: "maybe", why: "not a boolean" });
  return out;
}

function casesFor(
  doc: OpenApiDocument,
  path: string,
  method: (typeof methods)[number],
  op: Operation,
): ContractCase[] {
  const { operationId } = op;
  const item = doc.paths[path] ?? {};
  const all = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(doc, p));
  const groups = exclusiveGroups(all);
  const params = all.filter((p) => p["x-missive-validation-only"] !== true);
  const values = new Map(params.map((p) => [p, exampleOf(doc, operationId, p)] as const));
  const fill = (overrides: Map<Parameter, unknown> = new Map()) =>
    params.reduce((filled, p) => {
      const value = overrides.get(p) ?? values.get(p);
      if (p.in !== "path" || value === undefined) return filled;
      return filled.replace(
        `{${p.name}}`,
        encodeURIComponent(serialize(value)).replaceAll("%2C", ","),
      );
    }, path);
  const examples: Record<string, string> = {};
  for (const p of params) {
    const value = values.get(p);
    if (p.in === "query" && value !== undefined) examples[p.name] = serialize(value);
  }
  const query = keepOnePerGroup(examples, groups);
  const filledPath = fill();
  const headers = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
  const base: ContractRequest = {
    method: method.toUpperCase() as ContractRequest["method"],
    path: filledPath,
    query,
    headers,
  };

  const requestBody = op.requestBody ? resolve(doc, op.requestBody) : undefined;
  const bodyMedia = requestBody?.content?.["application/json"];
  const bodyExamples = Object.entries(bodyMedia?.examples ?? {});
  if (bodyMedia && bodyExamples.length === 0) {
    throw new Error(
      `${operationId}: the request body has no named examples; every documented payload belongs in the spec`,
    );
  }
  const requests: Array<{ label: string; request: ContractRequest }> = bodyMedia
    ? bodyExamples.map(([name, ex]) => ({
        label: `request example "${name}"`,
        request: { ...base, body: ex.value },
      }))
    : [{ label: "parameter examples", request: base }];
  const [first] = requests;
  if (!first) return [];

  const cases: ContractCase[] = requests.map(({ label, request }) => ({
    operationId,
    kind: "request-example",
    name: `accepts ${label}`,
    request,
    status: "2xx",
  }));

  for (const [code, raw] of Object.entries(op.responses)) {
    const response = resolve(doc, raw);
    for (const [name, ex] of Object.entries(
      response.content?.["application/json"]?.examples ?? {},
    )) {
      cases.push({
        operationId,
        kind: "response-example",
        name: `answers ${code} example "${name}"`,
        request: {
          ...first.request,
          headers: { ...first.request.headers, prefer: `code=${code}, example=${name}` },
        },
        status: [Number(code)],
        body: ex.value,
      });
    }
  }

  // Multi-id paths (`/contacts/a,b`) travel as one comma-separated segment: send several.
  for (const p of params.filter((p) => p.in === "path" && p.schema?.type === "array")) {
    const several = [...[values.get(p)].flat(), "second-id-of-the-batch"];
    cases.push({
      operationId,
      kind: "multi-id",
      name: `accepts several comma-separated ids in {${p.name}}`,
      request: { ...first.request, path: fill(new Map([[p, several]])) },
      status: "2xx",
    });
  }

  const { authorization: _, ...anonymous } = first.request.headers;
  cases.push({
    operationId,
    kind: "unauthorized",
    name: "refuses a request without a token (401)",
    request: { ...first.request, headers: anonymous },
    status: [401],
  });

  const broken = (name: string, request: ContractRequest): ContractCase => ({
    operationId,
    kind: "broken",
    name: `rejects ${name}`,
    request,
    status: REJECTED,
  });
  if (bodyMedia) {
    cases.push(broken("a JSON array instead of the body object", { ...first.request, body: [] }));
    cases.push(broken("a body without its required envelope", { ...first.request, body: {} }));
    for (const [name, ex] of bodyExamples) {
      for (const { rule, body } of brokenDependencies(doc, bodyMedia.schema, ex.value)) {
        cases.push(broken(`example "${name}" with ${rule}`, { ...first.request, body }));
      }
    }
  }
  for (const group of groups) {
    const [a, b] = group.filter((name) => name in examples);
    if (a === undefined || b === undefined) continue;
    const { [a]: _a, [b]: _b, ...rest } = first.request.query;
    cases.push(
      broken(`both "${a}" and "${b}" (at most one of ${group.join(", ")})`, {
        ...first.request,
        query: { ...rest, [a]: examples[a] ?? "", [b]: examples[b] ?? "" },
      }),
    );
  }
  for (const p of params.filter((p) => p.in === "query")) {
    if (p.required) {
      const { [p.name]: _omitted, ...rest } = first.request.query;
      cases.push(
        broken(`a request missing required "${p.name}"`, { ...first.request, query: rest }),
      );
    }
    for (const { value, why } of invalidValues(p)) {
      cases.push(
        broken(`${p.name}=${value} (${why})`, {
          ...first.request,
          query: { ...first.request.query, [p.name]: value },
        }),
      );
    }
  }
  return cases;
}

/** Every contract case of every operation in the document, in path order. */
export function buildCases(doc: OpenApiDocument): {
  operationIds: string[];
  cases: ContractCase[];
} {
  const cases: ContractCase[] = [];
  const operationIds: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of methods) {
      const op = item[method];
      if (!op) continue;
      operationIds.push(op.operationId);
      cases.push(...casesFor(doc, path, method, op));
    }
  }
  return { operationIds, cases };
}
