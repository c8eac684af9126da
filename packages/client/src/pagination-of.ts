import { operationsOf, pageRule } from "./compact-operation.js";
import { clientOperations } from "./generated/client-operations.js";
import type { PaginationRule } from "./paginate.js";

/**
 * How `listAll…` walks a list (its style, cursor and the page size it sends), by the client
 * method that gets one page: `paginationOf("conversations.list")`; `undefined` for a method that
 * is not a paginated list. Read from the compact table the client ships, so a caller (the React
 * hooks) does not bundle the full `operationTable`.
 */
export function paginationOf(method: string): PaginationRule | undefined {
  const page = operationsOf(clientOperations).find((op) => op.fn === method)?.page;
  return page === undefined ? undefined : pageRule(page);
}
