/**
 * The default organization in the bodies of generated commands. Where the spec makes
 * `organization` required (`shared-labels create`) or required with a field that was given
 * (`tasks create` with `team`, `conversations update` with `add_shared_labels`), an object
 * without one takes `MISSIVE_ORGANIZATION` or the profile's (`missive config set
 * organization`). Where it only changes the meaning (a webhook without one is personal), it is
 * left out.
 */
import type { GlobalOptions } from "./command.js";
import type { GeneratedCommand } from "./command-table.js";
import { ORGANIZATION_HINT, organizationId } from "./default-organization.js";
import { UsageError } from "./errors.js";
import type { CliIo } from "./io.js";
import { itemSchema, schemaProperties } from "./spec-schema.js";

type Item = Record<string, unknown>;

/** Whether `item` must carry `organization`, per the request schema of `operationId`. */
function needsOrganization(operationId: string, envelope: string | null, item: Item): boolean {
  const schema = itemSchema(operationId, "request", envelope);
  if (!schemaProperties(schema).some(([name]) => name === "organization")) return false;
  if (schema?.required?.includes("organization")) return true;
  return Object.entries(schema?.dependentRequired ?? {}).some(
    ([key, needs]) => key in item && needs.includes("organization"),
  );
}

/** The payload with the default organization added where the spec needs one. */
export async function withDefaultOrganization(
  command: GeneratedCommand,
  payload: unknown,
  options: GlobalOptions,
  io: CliIo,
): Promise<unknown> {
  const body = command.operation.requestBody;
  if (!body || payload === undefined) return payload;
  const items = (Array.isArray(payload) ? payload : [payload]) as unknown[];
  const missing = items.filter(
    (item): item is Item =>
      typeof item === "object" &&
      item !== null &&
      !("organization" in item) &&
      needsOrganization(command.operationId, body.envelope, item as Item),
  );
  if (missing.length === 0) return payload;
  const organization = await organizationId(undefined, options, io);
  if (!organization) {
    throw new UsageError(
      `missive ${command.resource} ${command.action} needs an organization in its body: add "organization" to --data (or --field organization=<id>), or ${ORGANIZATION_HINT.replace(/^pass --organization <id\|name>, /, "")}. Nothing was sent.`,
    );
  }
  const fill = (item: unknown) =>
    missing.includes(item as Item) ? { ...(item as Item), organization } : item;
  return Array.isArray(payload) ? payload.map(fill) : fill(payload);
}
