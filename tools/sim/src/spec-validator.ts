/** Validates JSON bodies against the bundled spec's schemas (Ajv, JSON Schema 2020-12). */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { specDocument, specRoutes } from "./spec.ts";

const documentId = "https://missive-ts.local/openapi.json";
const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

let ajv: Ajv2020 | undefined;
const cache = new Map<string, ValidateFunction>();

function validatorAt(pointer: string): ValidateFunction {
  let validate = cache.get(pointer);
  if (!validate) {
    if (!ajv) {
      ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
      ajv.addSchema({ ...specDocument, $id: documentId });
    }
    validate = ajv.compile({ $ref: `${documentId}#${pointer}` });
    cache.set(pointer, validate);
  }
  return validate;
}

function operationPointer(operationId: string): {
  pointer: string;
  responses: Record<string, { $ref?: string; content?: unknown }>;
} {
  const route = specRoutes.find((candidate) => candidate.operationId === operationId);
  if (!route) throw new Error(`the spec has no operation ${operationId}`);
  return {
    pointer: `/paths/${escapePointer(route.path)}/${route.method.toLowerCase()}`,
    responses: route.operation.responses,
  };
}

/** `null` when valid, else Ajv's error list as one readable string. */
export type ValidationResult = string | null;

function run(validate: ValidateFunction, body: unknown): ValidationResult {
  if (validate(body)) return null;
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath || "(root)"} ${error.message ?? "is invalid"}`)
    .join("; ");
}

/** Whether a request body matches the operation's request schema. */
export function validateRequestBody(operationId: string, body: unknown): ValidationResult {
  const { pointer } = operationPointer(operationId);
  return run(validatorAt(`${pointer}/requestBody/content/application~1json/schema`), body);
}

/**
 * Whether an answer body matches the schema the spec gives for that operation and status.
 * Throws if the spec declares no JSON body for the status (the body should then be empty).
 */
export function validateResponseBody(
  operationId: string,
  status: number,
  body: unknown,
): ValidationResult {
  const { pointer, responses } = operationPointer(operationId);
  const response = responses[String(status)];
  if (!response) throw new Error(`${operationId} declares no ${status} answer`);
  const base = response.$ref ? response.$ref.slice(1) : `${pointer}/responses/${status}`;
  const resolved = response.$ref
    ? specDocument.components.responses?.[response.$ref.split("/").pop() ?? ""]
    : response;
  if (!(resolved as { content?: unknown } | undefined)?.content) {
    throw new Error(`${operationId} ${status} declares no JSON body`);
  }
  return run(validatorAt(`${base}/content/application~1json/schema`), body);
}
