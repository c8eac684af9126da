import { type OpenApiDocument, resolve, type Schema } from "./openapi-document.ts";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A copy of a body example with one `dependentRequired` rule broken, and the rule in words. */
export interface BrokenDependency {
  rule: string;
  body: unknown;
}

/**
 * Walks a request example along its schema and, for every object holding a key that
 * `dependentRequired` ties to other keys (`add_shared_labels` → `organization`), returns the
 * example with those other keys removed: a body the API, and so the mock, must refuse.
 */
export function brokenDependencies(
  doc: OpenApiDocument,
  schema: Schema | undefined,
  value: unknown,
): BrokenDependency[] {
  if (!schema) return [];
  const s = resolve(doc, schema) as Schema & {
    dependentRequired?: Record<string, string[]>;
    allOf?: Schema[];
  };
  if (Array.isArray(value)) {
    return value.flatMap((item, index) =>
      brokenDependencies(doc, s.items, item).map(({ rule, body }) => ({
        rule,
        body: value.map((v, i) => (i === index ? body : v)),
      })),
    );
  }
  if (!isObject(value)) return [];
  const own = Object.entries(s.dependentRequired ?? {})
    .filter(([key, needs]) => key in value && needs.some((n) => n in value))
    .map(([key, needs]) => ({
      rule: `"${key}" without ${needs.map((n) => `"${n}"`).join(", ")}`,
      body: Object.fromEntries(Object.entries(value).filter(([k]) => !needs.includes(k))),
    }));
  const nested = Object.entries(s.properties ?? {}).flatMap(([key, child]) =>
    brokenDependencies(doc, child, value[key]).map(({ rule, body }) => ({
      rule,
      body: { ...value, [key]: body },
    })),
  );
  return [...own, ...nested];
}
