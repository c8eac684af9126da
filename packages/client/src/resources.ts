import {
  type CompactTable,
  type Operation,
  operationOf,
  operationsOf,
  pageRule,
  pathParamNames,
} from "./compact-operation.js";
import { InvalidResponseError, ValidationError } from "./errors.js";
import type { OperationEntry } from "./generated/operations.js";
import type { MissiveLogger } from "./options.js";
import { paginate } from "./paginate.js";
import { pathOf } from "./redact.js";
import type { ListAllOptions, Resources } from "./resource-types.js";
import { toMissiveError } from "./to-missive-error.js";

/** What resource methods need of the client: one way to send a request, and a logger. */
export interface ResourceCore {
  request(
    method: string,
    path: string,
    init: {
      params: { path: Record<string, unknown>; query?: Record<string, unknown> | undefined };
      body?: unknown;
      signal?: AbortSignal | undefined;
    },
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  logger?: MissiveLogger | undefined;
  /** Pages of an offset list that `listAll…` may fetch at once. Default 1. */
  pageConcurrency?: number | undefined;
}

type Args = unknown[];
type Query = Record<string, unknown> | undefined;

/** Sends one operation and unwraps its envelope; throws the typed error of a non-2xx answer. */
async function call(
  core: ResourceCore,
  op: Operation,
  path: Record<string, unknown>,
  query: Query,
  payload: unknown,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  const init: Parameters<ResourceCore["request"]>[2] = { params: { path, query } };
  if (op.body !== undefined) init.body = op.body ? { [op.body]: payload } : payload;
  if (signal) init.signal = signal;
  const { data, error, response } = await core.request(op.method, op.path, init);
  const method = op.method.toUpperCase();
  if (!response.ok)
    throw toMissiveError(response, error, { method, url: response.url }, op.plans?.split("/"));
  const envelope = op.res;
  if (envelope === undefined) return undefined;
  const result = envelope && data != null ? (data as Record<string, unknown>)[envelope] : data;
  // An empty 201 is Missive's way to say "created"; an empty 200 where a list is due is broken.
  if (op.list !== undefined && response.status === 200 && result == null) {
    const path = pathOf(response.url);
    throw new InvalidResponseError(
      `${method} ${path} answered 200 without the list it returns (${envelope || "body"}). Try again; if it persists, report it to Missive.`,
      { status: 200, method, path },
      "empty",
    );
  }
  return result ?? undefined;
}

/**
 * Splits positional arguments: path params (or objects carrying ids), body, query, options;
 * the objects of a PATCH by ids must each carry one.
 */
function readArgs(op: Operation, args: Args, withBody: boolean) {
  let i = 0;
  const path: Record<string, unknown> = {};
  let payload: unknown;
  if (withBody && op.ids !== undefined) {
    payload = args[i++];
    const ids = Array.isArray(payload) ? payload.map((item) => item?.id) : [];
    if (ids.length === 0 || ids.some((id) => typeof id !== "string" || id === "")) {
      throw new ValidationError(
        `${op.fn}: pass a non-empty array of objects that each carry the \`id\` to update.`,
      );
    }
    path[pathParamNames(op.path)[0] ?? ""] = ids;
  } else {
    for (const name of pathParamNames(op.path)) path[name] = args[i++];
    if (withBody && op.body !== undefined) payload = args[i++];
  }
  const query = op.query !== undefined ? (args[i++] as Query) : undefined;
  return [path, payload, query, args[i] as ListAllOptions | undefined] as const;
}

/**
 * Builds the resource namespaces from the generated operation table: one method per
 * operation, plus `listAll…` for each paginated list. See the naming rule in
 * tools/codegen/src/client-operations.ts.
 */
export function createResources(core: ResourceCore, table: readonly OperationEntry[]): Resources {
  return resourcesFrom(core, table.map(operationOf));
}

/** {@link createResources} on the compact table the client ships (format: `CompactTable`). */
export function resourcesOf(core: ResourceCore, table: CompactTable): Resources {
  return resourcesFrom(core, operationsOf(table));
}

function resourcesFrom(core: ResourceCore, operations: readonly Operation[]): Resources {
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const [namespace = "", name = ""] = op.fn.split(".");
    const ns = namespaces[namespace] ?? {};
    namespaces[namespace] = ns;
    ns[name] = async (...args: Args) => {
      const [path, payload, query, options] = readArgs(op, args, true);
      return call(core, op, path, query, payload, options?.signal);
    };
    const page = op.page;
    if (page) {
      const listAllName = name.replace(/^list/, "listAll");
      ns[listAllName] = (...args: Args) => {
        const [path, , query, options] = readArgs(op, args, false);
        const fetchPage = (pageQuery: Record<string, unknown>, signal?: AbortSignal) =>
          call(core, op, path, pageQuery, undefined, signal) as Promise<unknown[] | undefined>;
        return paginate(
          fetchPage,
          pageRule(page),
          query,
          core.logger,
          `${namespace}.${listAllName}`,
          {
            concurrency: options?.pageConcurrency ?? core.pageConcurrency,
            signal: options?.signal,
          },
        );
      };
    }
  }
  return namespaces as unknown as Resources;
}
