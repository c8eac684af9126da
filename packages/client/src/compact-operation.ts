import type { PaginationRule } from "./paginate.js";

/**
 * The operations as `createMissiveClient` ships them to a browser (`generated/client-operations.ts`):
 * per namespace, per method, one line of words. The full table (`generated/operations.ts`:
 * `operationTable`) stays for the types, `@missive-ts/client/operations`, the CLI and the MCP
 * server. A line says only what the methods cannot derive (issue 24: the table was 28 % of the
 * minified client, and every repeated key and path prefix counted):
 *
 * `"get /{id}/messages query res list page=until/10/delivered_at"` — the HTTP method, the path
 * after the namespace's own ({@link namespacePath}; a path elsewhere is written whole after a
 * `^`), then:
 * - `query`: the method takes a query argument (after the path parameters and the body);
 * - `body`, `body=env`: it sends a body under that envelope (`body=`: as it is; `body` alone: the
 *   default envelope, {@link defaultEnvelope}, `messages` above);
 * - `res`, `res=env`: the response's envelope, the same way (no `res`: an empty answer);
 * - `ids`: a PATCH of several objects whose `id`s fill the one path parameter;
 * - `list`: the response is a list (a 200 without it is broken);
 * - `page=style/limit/cursor`: how `listAll…` walks the list ({@link pageRule});
 * - `plans=Plan/Plan`: the Missive plans the operation needs (a 403 then names them).
 * Path parameters are the `{…}` of the path, in path order (codegen checks the order); `listAll…`
 * is derived from `list…`. `createResources` writes the full table in this form too.
 */
export type CompactTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The path parameters of a path template, in path order: `"/a/{id}/b"` → `["id"]`. */
export const pathParamNames = (path: string): string[] =>
  Array.from(path.matchAll(/\{([^{}]+)\}/g), (match) => match[1] ?? "");

/** The path of a namespace's operations: `contactBooks` → `/contact_books`. */
export const namespacePath = (namespace: string): string =>
  `/${namespace.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`;

/** The envelope Missive names after the resource: the last path segment that is not a parameter. */
export const defaultEnvelope = (path: string): string | undefined =>
  path
    .split("/")
    .filter((segment) => segment[0] !== "{")
    .pop();

/** The pagination rule of a `page=` word: `"until/10/delivered_at"`, `"offset/200"`, `"offset/"`. */
export function pageRule(page: string): PaginationRule {
  const [style, limit, cursor] = page.split("/");
  const rule = { style, ...(cursor ? { cursor } : {}), limit: limit ? Number(limit) : null };
  return rule as PaginationRule;
}

/** What {@link compactLine} reads of an entry of the full table (`OperationEntry`). */
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

/**
 * One line of the compact table (format: {@link CompactTable}). Its values hold no space, `=`
 * or `/` (codegen refuses a spec whose names do).
 */
export function compactLine(op: FullOperation): string {
  const base = namespacePath(op.namespace);
  const under = op.path === base || op.path.startsWith(`${base}/`);
  const envelope = defaultEnvelope(op.path);
  const withEnvelope = (key: string, name: string | null) =>
    name === envelope ? key : `${key}=${name ?? ""}`;
  const words = [op.method, under ? op.path.slice(base.length) : `^${op.path}`];
  if (op.query) words.push("query");
  if (op.request) words.push(withEnvelope("body", op.request.envelope));
  if (op.response) words.push(withEnvelope("res", op.response.envelope));
  if (op.idsFromBody !== null) words.push("ids");
  if (op.response?.list) words.push("list");
  const page = op.pagination;
  if (page) {
    const cursor = page.style === "until" ? `/${page.cursor}` : "";
    words.push(`page=${page.style}/${page.limit ?? ""}${cursor}`);
  }
  if (op.plans) words.push(`plans=${op.plans.join("/")}`);
  return words.join(" ");
}

/** The compact table of the full one: its lines by namespace and method, in table order. */
export function compactTable(table: readonly FullOperation[]): CompactTable {
  const namespaces: Record<string, Record<string, string>> = {};
  for (const op of table) {
    const lines = namespaces[op.namespace] ?? {};
    lines[op.name] = compactLine(op);
    namespaces[op.namespace] = lines;
  }
  return namespaces;
}
