// The table alone, not the client: `--help` and completion must not load openapi-fetch.
import { type OperationEntry, operationTable } from "@missive-ts/client/operations";
import {
  type OperationMetadata,
  operationMetadata,
  type ParameterMetadata,
} from "@missive-ts/schema";
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
  "version",
]);

/** One generated command: `missive <resource> <action>`. */
export interface GeneratedCommand {
  /** The operation's tag in kebab-case: `contact-books`. */
  readonly resource: string;
  /** The client's method name in kebab-case: `list-messages`, `create`. */
  readonly action: string;
  readonly operation: OperationMetadata;
  /** The client's entry: namespace and method to call, pagination. */
  readonly entry: OperationEntry;
  readonly pathParams: readonly ParameterMetadata[];
  readonly queryParams: readonly (ParameterMetadata & { readonly flag: string })[];
  /** PATCH of several objects: the ids come from the objects of the body. */
  readonly idsFromBody: boolean;
}

let cache: GeneratedCommand[] | undefined;

/**
 * Every operation of `operationMetadata` as a command. Naming rule: resource = the tag in
 * kebab-case; action = the client's method name in kebab-case (the operationId minus the
 * resource noun: `listConversationMessages` → `conversations list-messages`,
 * `createAnalyticsReport` → `analytics create`).
 */
export function commandTable(): GeneratedCommand[] {
  if (cache) return cache;
  const byId = new Map<string, OperationEntry>(operationTable.map((e) => [e.operationId, e]));
  cache = operationMetadata.map((operation) => {
    const entry = byId.get(operation.operationId);
    if (!entry) throw new Error(`No client method for ${operation.operationId}`);
    const pathParams = operation.params.filter((p) => p.in === "path");
    const queryParams = operation.params
      .filter((p) => p.in === "query")
      .map((p) => {
        const name = kebab(p.name);
        return { ...p, flag: RESERVED_FLAGS.has(name) ? `query-${name}` : name };
      });
    return {
      resource: kebab(operation.tag),
      action: kebab(entry.name),
      operation,
      entry,
      pathParams,
      queryParams,
      idsFromBody:
        operation.requestBody?.list === true &&
        pathParams.length === 1 &&
        pathParams[0]?.type === "array",
    };
  });
  return cache;
}

/** Resources in the order of the spec. */
export function resources(): string[] {
  return [...new Set(commandTable().map((c) => c.resource))];
}

export function findCommand(resource: string, action: string): GeneratedCommand | undefined {
  return commandTable().find((c) => c.resource === resource && c.action === action);
}

/** Hand-made commands shown next to the generated ones. */
export const HAND_MADE: ReadonlyArray<readonly [string, string]> = [
  ["api", "Send any request: missive api GET /conversations?limit=5"],
  ["auth", "Log in, show who you are, log out (login, status, logout)"],
  ["post", "Post to a conversation: missive post --conversation <id> --text …"],
  ["send", "Send an email: missive send --to … --from … --subject … --body …"],
  ["export", "Stream every item of a list as NDJSON or CSV, resumable"],
  ["completion", "Shell completion script: missive completion bash|zsh|fish"],
];

/** Hand-made actions of generated resources. */
export const HAND_MADE_ACTIONS: ReadonlyArray<readonly [string, string, string]> = [
  ["analytics", "report", "Create a report and wait for it (--wait)"],
];
