import {
  type CompactTable,
  compactTable,
  defaultEnvelope,
  namespacePath,
  pageRule,
  pathParamNames,
} from "./compact-operation.js";
import { InvalidResponseError, ValidationError } from "./errors.js";
import type { OperationEntry } from "./generated/operations.js";
import type { MissiveLogger } from "./options.js";
import { paginate } from "./paginate.js";
import { pathOf } from "./redact.js";
import type { ListAllOptions, RequestOptions, Resources } from "./resource-types.js";
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

/**
 * Builds the resource namespaces from the generated operation table: one method per
 * operation, plus `listAll…` for each paginated list. See the naming rule in
 * tools/codegen/src/client-operations.ts.
 */
export function createResources(core: ResourceCore, table: readonly OperationEntry[]): Resources {
  return resourcesOf(core, compactTable(table));
}

/** {@link createResources} on the compact table the client ships (format: `CompactTable`). */
export function resourcesOf(core: ResourceCore, table: CompactTable): Resources {
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const [namespace, lines] of Object.entries(table)) {
    const methods: Record<string, unknown> = {};
    namespaces[namespace] = methods;
    for (const [name, line] of Object.entries(lines)) {
      defineMethods(core, methods, namespace, name, line);
    }
  }
  return namespaces as unknown as Resources;
}

/** Reads one line of the compact table and defines its method, and `listAll…` for a list. */
function defineMethods(
  core: ResourceCore,
  methods: Record<string, unknown>,
  namespace: string,
  name: string,
  line: string,
) {
  const [method = "", at = "", ...words] = line.split(" ");
  const path = at[0] === "^" ? at.slice(1) : namespacePath(namespace) + at;
  const params = pathParamNames(path);
  const flags: Record<string, string | undefined> = Object.fromEntries(
    words.map((word) => word.split("=")),
  );
  const envelope = (key: string) =>
    key in flags ? (flags[key] ?? defaultEnvelope(path)) : undefined;
  const body = envelope("body");
  const res = envelope("res");
  const upper = method.toUpperCase();

  /** Sends the operation and unwraps its envelope; throws the typed error of a non-2xx answer. */
  const send = async (
    pathValues: Record<string, unknown>,
    payload: unknown,
    query: Query,
    options: RequestOptions | undefined,
  ): Promise<unknown> => {
    const init: Parameters<ResourceCore["request"]>[2] = { params: { path: pathValues, query } };
    if (body !== undefined) init.body = body ? { [body]: payload } : payload;
    if (options?.signal) init.signal = options.signal;
    const { data, error, response } = await core.request(method, path, init);
    if (!response.ok) {
      const plans = flags.plans?.split("/");
      throw toMissiveError(response, error, { method: upper, url: response.url }, plans);
    }
    if (res === undefined) return undefined;
    const result = res && data != null ? (data as Record<string, unknown>)[res] : data;
    // An empty 201 is Missive's way to say "created"; an empty 200 where a list is due is broken.
    if ("list" in flags && response.status === 200 && result == null) {
      const at = pathOf(response.url);
      throw new InvalidResponseError(
        `${upper} ${at} answered 200 without the list it returns (${res || "body"}). Try again; if it persists, report it to Missive.`,
        { status: 200, method: upper, path: at },
        "empty",
      );
    }
    return result ?? undefined;
  };

  /** Splits positional arguments: path params (or objects carrying ids), body, query, options. */
  const read = (args: Args, withBody: boolean) => {
    let i = 0;
    const pathValues: Record<string, unknown> = {};
    let payload: unknown;
    if (withBody && "ids" in flags) {
      payload = args[i++];
      const ids = Array.isArray(payload) ? payload.map((item) => item?.id) : [];
      if (ids.length === 0 || ids.some((id) => typeof id !== "string" || id === "")) {
        throw new ValidationError(
          `${namespace}.${name}: pass a non-empty array of objects that each carry the \`id\` to update.`,
        );
      }
      pathValues[params[0] ?? ""] = ids;
    } else {
      for (const param of params) pathValues[param] = args[i++];
      if (withBody && body !== undefined) payload = args[i++];
    }
    const query = "query" in flags ? (args[i++] as Query) : undefined;
    return [pathValues, payload, query, args[i] as ListAllOptions | undefined] as const;
  };

  methods[name] = async (...args: Args) => send(...read(args, true));
  const page = flags.page;
  if (page) {
    const listAllName = name.replace(/^list/, "listAll");
    methods[listAllName] = (...args: Args) => {
      const [pathValues, , query, options] = read(args, false);
      const fetchPage = (pageQuery: Record<string, unknown>, signal?: AbortSignal) =>
        send(pathValues, undefined, pageQuery, { signal }) as Promise<unknown[] | undefined>;
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
