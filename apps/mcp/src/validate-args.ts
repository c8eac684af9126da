/**
 * Checks a call's arguments against the tool's `inputSchema` before anything is sent, so a
 * model gets "to_fields/0/address must be string" rather than Missive's 400 (and a hostile
 * argument never reaches a URL).
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { Tool } from "./tool.js";

// coerceTypes "array": a model's "5" for an integer or one id for a list of ids is taken as
// meant (the arguments object is fixed in place before it is used).
const ajv = new Ajv2020({
  allErrors: true,
  strict: false,
  validateFormats: false,
  coerceTypes: "array",
});
const compiled = new WeakMap<Tool, ValidateFunction>();

/** `null` when the arguments fit, else what to fix. */
export function argumentProblems(tool: Tool, args: unknown): string | null {
  let validate = compiled.get(tool);
  if (!validate) {
    validate = ajv.compile(tool.inputSchema);
    compiled.set(tool, validate);
  }
  if (validate(args)) return null;
  const problems = (validate.errors ?? []).slice(0, 5).map((error) => {
    const where = error.instancePath.replace(/^\//, "") || "arguments";
    const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
    const extra = params.additionalProperty
      ? ` ("${params.additionalProperty}")`
      : params.allowedValues
        ? `: ${params.allowedValues.join(", ")}`
        : "";
    return `${where} ${error.message ?? "is invalid"}${extra}`;
  });
  return `Invalid arguments for ${tool.name}: ${problems.join("; ")}. Fix them and call again.`;
}
