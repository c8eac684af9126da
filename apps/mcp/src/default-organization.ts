/**
 * The default organization of the stdio server: `MISSIVE_ORGANIZATION`, else the profile's
 * (`missive config set organization`), as the CLI uses it. A call that needs `organization`
 * by its input schema (required, or required with a field it gives: `add_shared_labels` of
 * triage_conversations, `add_assignees` of create_draft) and lacks it gets the default, before
 * the arguments are checked. A call that only changes meaning with it (a personal webhook) is
 * left alone.
 */
import { createRequire } from "node:module";
import type { JsonSchema } from "./json-schema.js";
import type { Tool } from "./tool.js";

type Args = Record<string, unknown>;

/**
 * Fields that need `organization` in some request of the spec (`dependentRequired`:
 * `add_shared_labels`, `add_assignees`, `team` of a task, …), read once from its components:
 * a tool's input schema may state that rule only in its descriptions.
 */
let needingOrganization: Set<string> | undefined;
function fieldsNeedingOrganization(): Set<string> {
  if (needingOrganization) return needingOrganization;
  const found = new Set<string>();
  const visit = (at: unknown) => {
    if (!at || typeof at !== "object") return;
    const rules = (at as JsonSchema).dependentRequired as Record<string, string[]> | undefined;
    for (const [key, wanted] of Object.entries(rules ?? {})) {
      if (wanted.includes("organization")) found.add(key);
    }
    for (const value of Object.values(at)) visit(value);
  };
  const spec = createRequire(import.meta.url)("@missive-ts/schema/openapi.json") as {
    components: unknown;
  };
  visit(spec.components);
  needingOrganization = found;
  return found;
}

function needs(schema: JsonSchema | undefined, object: Args): boolean {
  const properties = (schema?.properties ?? {}) as Record<string, unknown>;
  if (!("organization" in properties) || object.organization !== undefined) return false;
  if ((schema?.required as string[] | undefined)?.includes("organization")) return true;
  const dependent = (schema?.dependentRequired ?? {}) as Record<string, string[]>;
  const keys = fieldsNeedingOrganization();
  return Object.keys(object).some(
    (key) =>
      object[key] !== undefined &&
      (dependent[key]?.includes("organization") === true || keys.has(key)),
  );
}

/** `args` with the default organization where the tool's schema needs one (top level or items of a list). */
export function withDefaultOrganization(
  tool: Tool,
  args: Args,
  organization: string | undefined,
): Args {
  if (!organization) return args;
  const schema = tool.inputSchema;
  const out: Args = needs(schema, args) ? { ...args, organization } : { ...args };
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  const local = (at: JsonSchema | undefined) => {
    const ref = typeof at?.$ref === "string" ? at.$ref : "";
    return ref.startsWith("#/$defs/") ? defs[ref.slice("#/$defs/".length)] : at;
  };
  for (const [key, property] of Object.entries(properties)) {
    const items = local(property?.items as JsonSchema | undefined);
    if (!Array.isArray(out[key]) || typeof items !== "object") continue;
    out[key] = (out[key] as unknown[]).map((item) =>
      typeof item === "object" && item !== null && needs(items, item as Args)
        ? { ...(item as Args), organization }
        : item,
    );
  }
  return out;
}
