/** Checks query parameters against the spec (required, type, bounds, enum) and parses them. */
import { badRequest } from "./http.ts";
import { type SpecRoute, specDocument } from "./spec.ts";

interface ParameterSpec {
  name: string;
  in: string;
  required?: boolean;
  schema?: {
    type?: string;
    minimum?: number;
    maximum?: number;
    enum?: unknown[];
    default?: unknown;
  };
  $ref?: string;
}

export type QueryValue = string | number | boolean;
/** Parsed query: declared parameters only, with their spec defaults filled in. */
export type Query = Record<string, QueryValue | undefined>;

function resolveParameter(parameter: ParameterSpec): ParameterSpec {
  if (!parameter.$ref) return parameter;
  const name = parameter.$ref.split("/").pop() ?? "";
  return specDocument.components.parameters?.[name] as ParameterSpec;
}

function parseValue(parameter: ParameterSpec, raw: string): QueryValue {
  const schema = parameter.schema ?? {};
  let value: QueryValue = raw;
  if (schema.type === "integer") {
    if (!/^-?\d+$/.test(raw)) throw badRequest(`${parameter.name} must be an integer`);
    value = Number(raw);
    if (schema.minimum !== undefined && value < schema.minimum) {
      throw badRequest(`${parameter.name} must be at least ${schema.minimum}`);
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      throw badRequest(`${parameter.name} must be at most ${schema.maximum}`);
    }
  } else if (schema.type === "boolean") {
    if (raw !== "true" && raw !== "false") throw badRequest(`${parameter.name} must be a boolean`);
    value = raw === "true";
  }
  if (schema.enum && !schema.enum.includes(value)) {
    throw badRequest(`${parameter.name} must be one of ${schema.enum.join(", ")}`);
  }
  return value;
}

export function parseQuery(route: SpecRoute, search: URLSearchParams): Query {
  const parameters = ((route.operation as { parameters?: ParameterSpec[] }).parameters ?? [])
    .map(resolveParameter)
    .filter((parameter) => parameter.in === "query");
  const query: Query = {};
  for (const parameter of parameters) {
    const raw = search.get(parameter.name);
    if (raw === null || raw === "") {
      if (parameter.required) throw badRequest(`Missing required parameter ${parameter.name}`);
      query[parameter.name] = parameter.schema?.default as QueryValue | undefined;
    } else query[parameter.name] = parseValue(parameter, raw);
  }
  return query;
}
