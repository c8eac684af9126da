/**
 * The spec states rules such as "either text, markdown or attachments is required" as JSON
 * Schema subschemas that constrain but add no shape: `anyOf: [{required: [text]}, …]`, `not`,
 * `if`/`then`. Prism and Redocly enforce them; openapi-typescript would turn each into
 * `unknown` and erase the whole type. This is codegen's one transform hook: it removes such
 * constraint-only subschemas, and parameters that only carry a rule across parameters, from the
 * copy given to openapi-typescript, so the types describe the shape and the mock enforces the
 * rules. The bundled spec keeps them.
 */

type Json = Record<string, unknown>;

const shapeKeys = [
  "type",
  "properties",
  "$ref",
  "items",
  "enum",
  "const",
  "additionalProperties",
  "prefixItems",
];
const combinators = ["anyOf", "oneOf", "allOf"] as const;
const ruleOnlyKeys = ["not", "if", "then", "else"];

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a (already cleaned) subschema adds anything to a type. */
const hasShape = (schema: Json) =>
  shapeKeys.some((key) => key in schema) || combinators.some((key) => key in schema);

/** Examples are data, not schemas: they are copied as written. */
const dataKeys = ["example", "examples"];

/**
 * A parameter marked `x-missive-validation-only` states a rule across parameters (at most one
 * of `email`, `domain`, `contact_organization`) for validators; nobody sends it by its name.
 */
export const isValidationOnlyParameter = (value: unknown) =>
  isObject(value) && value["x-missive-validation-only"] === true;

function clean(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((n) => !isValidationOnlyParameter(n)).map(clean);
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (ruleOnlyKeys.includes(key) && isObject(value)) continue;
    out[key] = dataKeys.includes(key) ? value : clean(value);
  }
  for (const key of combinators) {
    const members = out[key];
    if (!Array.isArray(members)) continue;
    const kept = members.filter((member) => isObject(member) && hasShape(member));
    if (kept.length === 0) delete out[key];
    else out[key] = kept;
  }
  return out;
}

export function dropValidationOnlySubschemas<T extends Json>(doc: T): T {
  return clean(doc) as T;
}
