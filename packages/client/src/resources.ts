import { type CompactOperation, compactOperation, pathParamNames } from "./compact-operation.js";
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

/** A compact operation, read once: method, path and path parameters apart. */
interface Entry extends CompactOperation {
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly string[];
}
type Args = unknown[];

/** Sends one operation and unwraps its envelope; throws the typed error of a non-2xx answer. */
async function call(
  core: ResourceCore,
  entry: Entry,
  path: Record<string, unknown>,
  query: Record<string, unknown> | undefined,
  payload: unknown,
  options: RequestOptions | undefined,
): Promise<unknown> {
  const init: Parameters<ResourceCore["request"]>[2] = { params: { path, query } };
  if (entry.body !== undefined) init.body = entry.body ? { [entry.body]: payload } : payload;
  if (options?.signal) init.signal = options.signal;
  const { data, error, response } = await core.request(entry.method, entry.path, init);
  if (!response.ok) {
    throw toMissiveError(
      response,
      error,
      { method: entry.method.toUpperCase(), url: response.url },
      entry.plans,
    );
  }
  const envelope = entry.res;
  if (envelope === undefined) return undefined;
  const result =
    data === undefined || data === null || !envelope
      ? data
      : (data as Record<string, unknown>)[envelope];
  // An empty 201 is Missive's way to say "created"; an empty 200 where a list is due is broken.
  if (entry.list && response.status === 200 && (result === undefined || result === null)) {
    const method = entry.method.toUpperCase();
    const path = pathOf(response.url);
    throw new InvalidResponseError(
      `${method} ${path} answered 200 without the list it returns (${envelope || "body"}). Try again; if it persists, report it to Missive.`,
      { status: 200, method, path },
      "empty",
    );
  }
  return result ?? undefined;
}

/** Splits positional arguments: path params (or objects carrying ids), body, query, options. */
function readArgs(entry: Entry, args: Args, withBody: boolean) {
  let i = 0;
  const path: Record<string, unknown> = {};
  let payload: unknown;
  if (withBody && entry.ids) {
    payload = args[i++];
    const items = Array.isArray(payload) ? payload : [];
    const ids = items.map((item) => (item as { id?: unknown }).id);
    if (items.length === 0 || ids.some((id) => typeof id !== "string" || id === "")) {
      throw new ValidationError(
        `${entry.fn}: pass a non-empty array of objects that each carry the \`id\` to update.`,
      );
    }
    path[entry.pathParams[0] ?? ""] = ids;
  } else {
    for (const name of entry.pathParams) path[name] = args[i++];
    if (withBody && entry.body !== undefined) payload = args[i++];
  }
  const query = entry.q ? (args[i++] as Record<string, unknown> | undefined) : undefined;
  const options = args[i] as RequestOptions | undefined;
  return { path, payload, query, options };
}

/**
 * Builds the resource namespaces from the generated operation table: one method per
 * operation, plus `listAll…` for each paginated list. See the naming rule in
 * tools/codegen/src/client-operations.ts.
 */
export function createResources(core: ResourceCore, table: readonly OperationEntry[]): Resources {
  return resourcesOf(core, table.map(compactOperation));
}

/** {@link createResources} on the compact table (what `createMissiveClient` ships). */
export function resourcesOf(core: ResourceCore, table: readonly CompactOperation[]): Resources {
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const compact of table) {
    const [method = "", path = ""] = compact.at.split(" ");
    const entry: Entry = { ...compact, method, path, pathParams: pathParamNames(path) };
    const [namespace = "", name = ""] = entry.fn.split(".");
    namespaces[namespace] ??= {};
    const ns = namespaces[namespace] ?? {};
    ns[name] = async (...args: Args) => {
      const { path, payload, query, options } = readArgs(entry, args, true);
      return call(core, entry, path, query, payload, options);
    };
    const rule = entry.page;
    if (rule) {
      const listAllName = name.replace(/^list/, "listAll");
      ns[listAllName] = (...args: Args) => {
        const { path, query, options } = readArgs(entry, args, false);
        const fetchPage = (pageQuery: Record<string, unknown>, signal?: AbortSignal) =>
          call(core, entry, path, pageQuery, undefined, { signal }) as Promise<
            unknown[] | undefined
          >;
        return paginate(fetchPage, { ...rule }, query, core.logger, `${namespace}.${listAllName}`, {
          concurrency:
            (options as ListAllOptions | undefined)?.pageConcurrency ?? core.pageConcurrency,
          signal: options?.signal,
        });
      };
    }
  }
  return namespaces as unknown as Resources;
}
