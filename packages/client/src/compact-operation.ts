import type { PaginationRule } from "./paginate.js";

/**
 * One operation as the resource methods run on it: the compact table
 * (`generated/client-operations.ts`) that `createMissiveClient` ships to a browser. The full table
 * (`generated/operations.ts`: `operationTable`) stays for the types, `@missive-ts/client/operations`,
 * the CLI and the MCP server. The compact form drops what the methods derive or never read — it
 * was 28 % of the minified client (issue 24):
 * - `listAllName`: `list…` → `listAll…` for every paginated list, derived at run time;
 * - path parameters: the `{…}` of the path, in path order (codegen checks the order);
 * - `idsFromBody`: a flag, since it names the one path parameter;
 * - the query's `required`, the request's `list`, the response status: only the types read them;
 * - the operationId (`fn` names the method: `paginationOf` finds a list by it);
 * - nulls and `false`: an absent key.
 */
export interface CompactOperation {
  /** The namespace and the method name: `"contacts.list"`. */
  readonly fn: string;
  /** The HTTP method and the path template: `"get /contacts/{id}"`. */
  readonly at: string;
  /** 1: the method takes a query argument (after the path parameters and the body). */
  readonly q?: 1;
  /** The request envelope, `""` for a body sent as it is; absent: no body. */
  readonly body?: string;
  /** 1: a PATCH of several objects whose `id`s fill the one path parameter. */
  readonly ids?: 1;
  /** The response envelope, `""` for the whole body; absent: no body (an empty answer). */
  readonly res?: string;
  /** 1: the response is a list (a 200 without it is broken). */
  readonly list?: 1;
  /** How `listAll…` walks the list; absent: not paginated. */
  readonly page?: PaginationRule;
  /** The Missive plans the operation needs (a 403 then names them). */
  readonly plans?: readonly string[];
}

/** What {@link compactOperation} reads of an entry of the full table (`OperationEntry`). */
export interface FullOperation {
  readonly operationId: string;
  readonly namespace: string;
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly query: object | null;
  readonly request: { readonly envelope: string | null } | null;
  readonly idsFromBody: string | null;
  readonly response: { readonly envelope: string | null; readonly list: boolean } | null;
  readonly pagination: PaginationRule | null;
  readonly plans: readonly string[] | null;
}

/** The compact form of one entry of the full table (used by codegen and `createResources`). */
export function compactOperation(op: FullOperation): CompactOperation {
  const out: { -readonly [K in keyof CompactOperation]: CompactOperation[K] } = {
    fn: `${op.namespace}.${op.name}`,
    at: `${op.method} ${op.path}`,
  };
  if (op.query) out.q = 1;
  if (op.request) out.body = op.request.envelope ?? "";
  if (op.idsFromBody !== null) out.ids = 1;
  if (op.response) out.res = op.response.envelope ?? "";
  if (op.response?.list) out.list = 1;
  if (op.pagination) out.page = op.pagination;
  if (op.plans) out.plans = op.plans;
  return out;
}

/** The path parameters of a path template, in path order: `"/a/{id}/b"` → `["id"]`. */
export const pathParamNames = (path: string): string[] =>
  Array.from(path.matchAll(/\{([^{}]+)\}/g), (match) => match[1] ?? "");
