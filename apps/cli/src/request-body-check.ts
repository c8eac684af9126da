/**
 * Checks a request body against the bundled spec's request schema before it is sent, so that a
 * body Missive would refuse (a task `state` of `done`) is a usage error naming the field and
 * the allowed values. Loaded only by commands that send a body: Ajv and the spec cost ~100 ms.
 */
import { createRequire } from "node:module";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { printDryRun } from "./dry-run.js";
import { UsageError } from "./errors.js";
import type { CliIo } from "./io.js";

const SPEC_ID = "https://missive-ts.local/openapi.json";

interface Spec {
  paths: Record<string, Record<string, { operationId?: string; requestBody?: unknown }>>;
}

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction | null>();

const pointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

function validatorOf(operationId: string): ValidateFunction | null {
  const known = validators.get(operationId);
  if (known !== undefined) return known;
  const spec = createRequire(import.meta.url)("@missive-ts/schema/openapi.json") as Spec;
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, verbose: true });
    ajv.addSchema({ ...spec, $id: SPEC_ID });
  }
  let validate: ValidateFunction | null = null;
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.operationId !== operationId || !operation.requestBody) continue;
      const at = `/paths/${pointer(path)}/${method}/requestBody/content/application~1json/schema`;
      validate = ajv.compile({ $ref: `${SPEC_ID}#${at}` });
    }
  }
  validators.set(operationId, validate);
  return validate;
}

/** `/contacts/0/first_name` → `contacts[0].first_name`. */
function jsonPath(instancePath: string): string {
  const parts = instancePath.split("/").slice(1);
  const path = parts
    .map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join("");
  return path === "" ? "the body" : path;
}

function describe(error: ErrorObject): string {
  const at = jsonPath(error.instancePath);
  const scalar = error.data === null || typeof error.data !== "object";
  const got = error.data === undefined || !scalar ? "" : ` (got ${JSON.stringify(error.data)})`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "enum":
      return `${at} must be one of: ${(params.allowedValues as unknown[]).map(String).join(", ")}${got}`;
    case "const":
      return `${at} must be ${JSON.stringify(params.allowedValue)}${got}`;
    case "required":
      return `${at} needs "${String(params.missingProperty)}"`;
    case "type":
      return `${at} must be ${String(params.type)}${got}`;
    case "dependentRequired":
      return `${at} needs "${String(params.missingProperty)}" when it has "${String(params.property)}"`;
    case "additionalProperties":
      return `${at} has a field the API does not take: "${String(params.additionalProperty)}"`;
    default:
      return `${at} ${error.message ?? "is invalid"}${got}`;
  }
}

/** The operation a raw `missive api` request is for: `PATCH /tasks/t1` → `updateTask`. */
export function operationAt(method: string, path: string): string | undefined {
  const spec = createRequire(import.meta.url)("@missive-ts/schema/openapi.json") as Spec;
  for (const [template, item] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}/?$`);
    if (pattern.test(path)) return item[method.toLowerCase()]?.operationId;
  }
  return undefined;
}

/**
 * Throws a usage error (exit 2) when `body` does not match the request schema of
 * `operationId`; `source` names where the body came from (`--data`, `the flags`).
 */
export function checkRequestBody(operationId: string, body: unknown, source: string): void {
  const validate = validatorOf(operationId);
  if (!validate || validate(body)) return;
  const errors = validate.errors ?? [];
  // oneOf/anyOf only say that their branches failed: the branches' own errors say why.
  const specific = errors.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
  const lines = [...new Set((specific.length > 0 ? specific : errors).map(describe))];
  throw new UsageError(
    `The request body (${source}) does not match what ${operationId} takes; nothing was sent:\n  ${lines.slice(0, 8).join("\n  ")}`,
  );
}

/**
 * The last step of a hand-made command that creates something: its body is checked against the
 * spec, then with `--dry-run` printed instead of sent. True when the command is done (a dry run).
 */
export function checkOrDryRun(
  io: CliIo,
  dryRun: boolean | undefined,
  operationId: string,
  path: string,
  body: unknown,
): boolean {
  checkRequestBody(operationId, body, "the flags and --data");
  if (dryRun !== true) return false;
  printDryRun(io, "post", path, {}, body);
  return true;
}
