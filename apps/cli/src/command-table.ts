// The catalogue alone, not the client: `--help` and completion must not load openapi-fetch.
import { type CatalogueOperation, operationCatalogue } from "@missive-ts/client/operations";
import type { ParameterMetadata } from "@missive-ts/schema";
import { kebab } from "./names.js";

/**
 * Flags of the CLI itself. A query parameter with one of these names is exposed as
 * `--query-<name>` instead (Missive's `all` of `GET /conversations` → `--query-all`).
 */
export const RESERVED_FLAGS = new Set([
  "all",
  "paginate",
  "json",
  "fields",
  "help",
  "data",
  "field",
  "field-json",
  "base-url",
  "profile",
  "insecure",
  "version",
]);

/** One generated command: `missive <resource> <action>`, one per operation of the catalogue. */
export interface GeneratedCommand extends CatalogueOperation {
  /** The operation's tag in kebab-case: `contact-books`. */
  readonly resource: string;
  /** The client's method name in kebab-case: `list-messages`, `create`. */
  readonly action: string;
  readonly queryParams: readonly (ParameterMetadata & { readonly flag: string })[];
}

let cache: GeneratedCommand[] | undefined;

/**
 * Every operation of the catalogue as a command. Naming rule: resource = the tag in
 * kebab-case; action = the client's method name in kebab-case (the operationId minus the
 * resource noun: `listConversationMessages` → `conversations list-messages`,
 * `createAnalyticsReport` → `analytics create`).
 */
export function commandTable(): GeneratedCommand[] {
  cache ??= operationCatalogue().map((op) => ({
    ...op,
    resource: kebab(op.operation.tag),
    action: kebab(op.entry.name),
    queryParams: op.queryParams.map((p) => {
      const name = kebab(p.name);
      return { ...p, flag: RESERVED_FLAGS.has(name) ? `query-${name}` : name };
    }),
  }));
  return cache;
}

/** Resources in the order of the spec. */
export function resources(): string[] {
  return [...new Set(commandTable().map((c) => c.resource))];
}

export function findCommand(resource: string, action: string): GeneratedCommand | undefined {
  return commandTable().find((c) => c.resource === resource && c.action === action);
}
