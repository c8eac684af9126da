import type { PaginationRule } from "./paginate.js";

/**
 * The operations as `createMissiveClient` ships them to a browser (`generated/client-operations.ts`):
 * per namespace, per method, one line of words. The full table (`generated/operations.ts`:
 * `operationTable`) stays for the types, `@missive-ts/client/operations`, the CLI and the MCP
 * server. A line says only what the methods cannot derive (issue 24: the table was 28 % of the
 * minified client, and every repeated key and path prefix counted):
 *
 * `"get /{id}/messages query res list page=until/10/delivered_at"` — the HTTP method, the path
 * after the namespace's own (`/contact_books` for `contactBooks`; a path elsewhere starts with
 * `^`), then the words of {@link Operation}. `body` and `res` without a value stand for the
 * default envelope: the last path segment that is not a parameter (`messages` above).
 * Path parameters are the `{…}` of the path, in path order (codegen checks the order); `listAll…`
 * is derived from `list…`. Codegen checks that every line reads back as {@link operationOf}
 * reads the full table's entry.
 */
export type CompactTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** One operation as the resource methods run on it: a line of the compact table, read. */
export interface Operation {
  /** The namespace and the method name: `"contacts.list"`. */
  readonly fn: string;
  readonly method: string;
  /** The path template: `"/contacts/{id}"`. */
  readonly path: string;
  /** Present: the method takes a query argument (after the path parameters and the body). */
  readonly query?: string;
  /** The request envelope, `""` for a body sent as it is; absent: no body. */
  readonly body?: string;
  /** The response envelope, `""` for the whole body; absent: no body (an empty answer). */
  readonly res?: string;
  /** Present: a PATCH of several objects whose `id`s fill the one path parameter. */
  readonly ids?: string;
  /** Present: the response is a list (a 200 without it is broken). */
  readonly list?: string;
  /** How `listAll…` walks the list: `style/limit/cursor` ({@link pageRule}); absent: not paginated. */
  readonly page?: string;
  /** The Missive plans the operation needs, `/`-separated (a 403 then names them). */
  readonly plans?: string;
}

/** The path parameters of a path template, in path order: `"/a/{id}/b"` → `["id"]`. */
export const pathParamNames = (path: string): string[] =>
  Array.from(path.matchAll(/\{([^{}]+)\}/g), (match) => match[1] ?? "");

/** The path of a namespace's operations: `contactBooks` → `/contact_books`. */
export const namespacePath = (namespace: string): string =>
  `/${namespace.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`;

/** The envelope a `body` or `res` word without a value stands for (see {@link CompactTable}). */
export const defaultEnvelope = (path: string): string | undefined =>
  path
    .split("/")
    .filter((segment) => segment[0] !== "{")
    .pop();

/** Reads one line of the compact table (format: {@link CompactTable}). */
export function decodeOperation(namespace: string, name: string, line: string): Operation {
  const [method = "", at = "", ...words] = line.split(" ");
  const path = at[0] === "^" ? at.slice(1) : namespacePath(namespace) + at;
  const op: Record<string, string | undefined> = { fn: `${namespace}.${name}`, method, path };
  for (const word of words) {
    const [key = "", value = defaultEnvelope(path)] = word.split("=");
    op[key] = value;
  }
  return op as unknown as Operation;
}

/** The pagination rule of an operation's `page`: `"until/10/delivered_at"`, `"offset/200"`. */
export function pageRule(page: string): PaginationRule {
  const [style, limit, cursor] = page.split("/");
  return {
    style,
    ...(cursor ? { cursor } : {}),
    limit: limit ? Number(limit) : null,
  } as PaginationRule;
}

/** Every operation of a compact table, in table order. */
export const operationsOf = (table: CompactTable): Operation[] =>
  Object.entries(table).flatMap(([namespace, lines]) =>
    Object.entries(lines).map(([name, line]) => decodeOperation(namespace, name, line)),
  );

/** What {@link operationOf} reads of an entry of the full table (`OperationEntry`). */
export interface FullOperation {
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

/** An entry of the full table as the resource methods run on it (`createResources`, codegen). */
export function operationOf(entry: FullOperation): Operation {
  const op: { -readonly [K in keyof Operation]: Operation[K] } = {
    fn: `${entry.namespace}.${entry.name}`,
    method: entry.method,
    path: entry.path,
  };
  const flag = defaultEnvelope(entry.path) ?? "";
  if (entry.query) op.query = flag;
  if (entry.request) op.body = entry.request.envelope ?? "";
  if (entry.response) op.res = entry.response.envelope ?? "";
  if (entry.idsFromBody !== null) op.ids = flag;
  if (entry.response?.list) op.list = flag;
  const page = entry.pagination;
  if (page) {
    const cursor = page.style === "until" ? `/${page.cursor}` : "";
    op.page = `${page.style}/${page.limit ?? ""}${cursor}`;
  }
  if (entry.plans) op.plans = entry.plans.join("/");
  return op;
}
